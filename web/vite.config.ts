import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { buildTarget, domainAlias, ownerPagesInDevelopment } from "./vite.shared.js";

/**
 * The staff web client. `--mode emulator` reads `.env.emulator` (local emulators);
 * a plain build reads `.env.production` (a real Firebase project).
 */
export default defineConfig({
  plugins: [react(), ownerPagesInDevelopment()],
  resolve: { alias: domainAlias },
  server: { port: 5173, strictPort: true, host: "127.0.0.1" },
  build: {
    target: buildTarget,
    // `scripts/initialJsSize.mjs` reads the manifest to measure the initial JS.
    manifest: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The staff app only: the owners' pages are built one by one, inline
      // (`vite.owners.config.ts`, run by `web/scripts/build.mjs`).
      input: { main: fileURLToPath(new URL("index.html", import.meta.url)) },
      output: {
        // Long-lived vendor chunks, cached across releases. Firestore is only ever loaded
        // with a dynamic import, so its group stays out of the initial JS.
        codeSplitting: {
          groups: [
            {
              name: "react",
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            {
              name: "firebase-auth",
              test: /node_modules[\\/](@firebase[\\/](app|auth|component|util|logger)|firebase[\\/](app|auth))[\\/]/,
            },
            {
              name: "firestore",
              test: /node_modules[\\/](@firebase[\\/](firestore|webchannel-wrapper)|firebase[\\/]firestore)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
