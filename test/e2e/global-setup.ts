// Builds the demo once and serves it with `vite preview` on 127.0.0.1 (port chosen by the system); the tests read the
// URL with inject("demoUrl").
import { fileURLToPath } from "node:url";
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";

const configFile = fileURLToPath(new URL("../../examples/vite.config.ts", import.meta.url));
let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ configFile, logLevel: "warn" });
  server = await preview({ configFile, logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  project.provide("demoUrl", url);
  return async () => {
    await server?.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    demoUrl: string;
  }
}
