import path from "node:path";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { FIRST_READ_OF_PAGE, firstRequestScript } from "./src/public/firstRequest.js";
import { functionUrl } from "./src/public/functionUrl.js";
import { buildTarget, domainAlias, viteEnv } from "./vite.shared.js";

/**
 * Puts the script that starts the page's first read right after `<meta charset>`, so the request
 * leaves while the rest of the page is still arriving (`src/public/firstRequest.ts`).
 */
function startFirstRequest(mode: string): Plugin {
  const env = viteEnv(mode);
  return {
    name: "huiyin-start-first-request",
    transformIndexHtml(html, context) {
      const page = path.basename(context.filename, ".html");
      if (!(page in FIRST_READ_OF_PAGE))
        throw new Error(`${context.filename}: not an owners' page (see FIRST_READ_OF_PAGE)`);
      const name = FIRST_READ_OF_PAGE[page as keyof typeof FIRST_READ_OF_PAGE];
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset))
        throw new Error(`${context.filename}: no ${charset} to put the first request after`);
      const script = firstRequestScript(name, functionUrl(name, env));
      return html.replace(charset, `${charset}\n    <script>${script}</script>`);
    },
  };
}

/**
 * One owners' page (survey /s, committee report /r, household page /h, notice board /n, owner's
 * copy /v), built alone into a single HTML file with its JS and CSS inline. On a slow mobile
 * network every extra file is another round trip before the page can even ask for its
 * content: with the split build the household page waited for six chunks and asked its
 * function at ~630 ms; inline, with a script at the top of the head that asks before the rest
 * is parsed, it asks at ~240 ms. The pages are a few kilobytes of plain TypeScript, visited now
 * and then, so the shared-chunk cache is worth less than the round trips.
 * `web/scripts/build.mjs` runs this once per page (`input`).
 */
export default defineConfig(({ mode }) => ({
  plugins: [startFirstRequest(mode), viteSingleFile({ overrideConfig: { base: "/" } })],
  resolve: { alias: domainAlias },
  // The staff build owns `public/` and the manifest; these builds add their HTML beside it.
  publicDir: false,
  build: {
    target: buildTarget,
    emptyOutDir: false,
    manifest: false,
    // One module and no chunks to preload: the polyfill would be dead weight.
    modulePreload: { polyfill: false },
  },
}));
