import { defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { buildTarget, domainAlias, preconnectPublicFunctions } from "./vite.shared.js";

/**
 * One owners' page (survey /s, committee report /r, household page /h, notice board /n, owner's
 * copy /v), built alone into a single HTML file with its JS and CSS inline. On a slow mobile
 * network every extra file is another round trip before the page can even ask for its
 * content: with the split build the household page waited for six chunks and asked its
 * function at ~630 ms; inline, it asks as soon as the HTML has arrived. The pages are a few
 * kilobytes of plain TypeScript and visited now and then, so the shared-chunk cache is worth
 * less than the round trips. `web/scripts/build.mjs` runs this once per page (`input`).
 */
export default defineConfig(({ mode }) => ({
  plugins: [preconnectPublicFunctions(mode), viteSingleFile({ overrideConfig: { base: "/" } })],
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
