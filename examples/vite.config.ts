// The demo page: `npm run demo` serves it, `npm run demo:build` builds it to examples/dist (fully static, no network).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: here,
  base: "./",
  server: { host: "127.0.0.1", fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
  preview: { host: "127.0.0.1" },
  worker: { format: "es" },
  // No module-preload polyfill: it calls fetch, and the page must contain no network code (test/security.test.ts).
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 4096, modulePreload: { polyfill: false } },
});
