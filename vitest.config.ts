import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** The web client's alias for the shared domain (see web/vite.config.ts). */
const domainAlias = {
  find: /^@domain\/(.*)$/,
  replacement: fileURLToPath(new URL("./functions/src/domain/$1", import.meta.url)),
};

/**
 * Three projects, named by what they need:
 * - unit: pure code, no emulator, no browser;
 * - emulator: the Firebase emulators started by `npm test` (fails when they are absent);
 * - e2e: the emulators plus the built web client in headless Chromium.
 */
export default defineConfig({
  test: {
    env: { TZ: "Asia/Shanghai" },
    projects: [
      {
        resolve: { alias: [domainAlias] },
        test: {
          name: "unit",
          include: [
            "functions/src/**/*.test.ts",
            "cli/test/**/*.test.ts",
            "web/src/**/*.test.{ts,tsx}",
          ],
          environment: "node",
          env: { TZ: "Asia/Shanghai" },
        },
      },
      {
        test: {
          name: "emulator",
          include: ["tests/emulator/**/*.emulator.test.ts"],
          globalSetup: ["tests/support/requireEmulators.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          env: { TZ: "Asia/Shanghai" },
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          globalSetup: ["tests/support/requireEmulators.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          env: { TZ: "Asia/Shanghai" },
        },
      },
    ],
  },
});
