import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadEnv, type AliasOptions, type Plugin } from "vite";
import { rewrittenPage, type HostingRewrite } from "./src/public/pageRewrites.js";

const domain = fileURLToPath(new URL("../functions/src/domain", import.meta.url));

/** `@domain/…` is the pure domain in `functions/src/domain`, shared by the staff app and the owners' pages. */
export const domainAlias: AliasOptions = [{ find: /^@domain\/(.*)$/, replacement: `${domain}/$1` }];

/** The JS both builds emit. */
export const buildTarget = "es2022";

/** The build's `VITE_` settings for `mode` (what `import.meta.env` holds in the pages). */
export function viteEnv(mode: string): Record<string, string> {
  return loadEnv(mode, fileURLToPath(new URL(".", import.meta.url)), "VITE_");
}

/**
 * The dev server (`npm start`) serves the owners' pages by the Hosting rewrites of
 * `firebase.json`: without it, `/h/<token>` fell back to the staff app.
 */
export function ownerPagesInDevelopment(): Plugin {
  const firebaseJson = JSON.parse(
    readFileSync(new URL("../firebase.json", import.meta.url), "utf8"),
  ) as { hosting: { rewrites: HostingRewrite[] } };
  return {
    name: "huiyin-owner-pages-in-development",
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? "/", "http://dev.invalid");
        const page = rewrittenPage(url.pathname, firebaseJson.hosting.rewrites);
        if (page !== null) request.url = `${page}${url.search}`;
        next();
      });
    },
  };
}
