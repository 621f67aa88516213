import { defineConfig } from "vitest/config";

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
