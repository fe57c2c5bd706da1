// End-to-end tests of the demo page in Debian's chromium (driven by playwright-core): built once, served with
// `vite preview` on 127.0.0.1, one test file at a time. See /test/e2e/global-setup.ts.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
