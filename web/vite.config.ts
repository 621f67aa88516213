import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type Plugin } from "vite";
import { functionUrl } from "./src/public/endpoint.js";

const domain = fileURLToPath(new URL("../functions/src/domain", import.meta.url));

/**
 * The owners' pages fetch their content from a public function on another origin: a
 * `preconnect` in their HTML opens that connection while the page's JS downloads, which saves a
 * round trip before the first render on a slow mobile network (`bench/emulator/firstRender.ts`).
 */
function preconnectPublicFunctions(mode: string): Plugin {
  const env = loadEnv(mode, fileURLToPath(new URL(".", import.meta.url)), "VITE_");
  const origin = new URL(functionUrl("householdPage", env)).origin;
  return {
    name: "huiyin-preconnect-public-functions",
    transformIndexHtml(html, context) {
      if (context.path === "/index.html") return html;
      return [
        {
          tag: "link",
          attrs: { rel: "preconnect", href: origin, crossorigin: true },
          injectTo: "head",
        },
      ];
    },
  };
}

/**
 * The staff web client. `--mode emulator` reads `.env.emulator` (local emulators);
 * a plain build reads `.env.production` (a real Firebase project).
 */
export default defineConfig(({ mode }) => ({
  plugins: [react(), preconnectPublicFunctions(mode)],
  resolve: { alias: [{ find: /^@domain\/(.*)$/, replacement: `${domain}/$1` }] },
  server: { port: 5173, strictPort: true, host: "127.0.0.1" },
  build: {
    target: "es2022",
    // `scripts/initialJsSize.mjs` reads the manifest to measure the initial JS.
    manifest: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // Pages: the staff app; the owners' survey (/s/<token>) and the committee's report (/r/<token>),
      // both without the Firebase SDK.
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        survey: fileURLToPath(new URL("survey.html", import.meta.url)),
        committee: fileURLToPath(new URL("committee.html", import.meta.url)),
        // The household page (/h/<token>) and the notice board (/n/<token>), same model.
        household: fileURLToPath(new URL("household.html", import.meta.url)),
        notices: fileURLToPath(new URL("notices.html", import.meta.url)),
        // The owner's copy of an on-site service record (/v/<token>), same model.
        ownerCopy: fileURLToPath(new URL("ownerCopy.html", import.meta.url)),
      },
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
}));
