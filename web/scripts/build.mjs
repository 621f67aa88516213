// Builds the web client: the staff app (`vite.config.ts`), then each owners' page alone into one
// self-contained HTML file (`vite.owners.config.ts`) in the same folder.
// Usage: node scripts/build.mjs [--mode emulator] [--outDir dist] [--emptyOutDir] [--logLevel error]
// (run from web/, as `npm run build -w web -- …`; the options mean what they mean to `vite build`).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "vite";

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The owners' pages: the survey, the committee's report, the household page, the notice board, the owner's copy. */
const ownerPages = ["survey", "committee", "household", "notices", "ownerCopy"];

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      mode: { type: "string", default: "production" },
      outDir: { type: "string", default: "dist" },
      emptyOutDir: { type: "boolean", default: false },
      logLevel: { type: "string", default: "info" },
    },
  }));
} catch (error) {
  console.error(`web build: ${error.message}`);
  process.exit(2);
}
const { mode, outDir, emptyOutDir, logLevel } = options;

await build({
  root: web,
  configFile: path.join(web, "vite.config.ts"),
  mode,
  logLevel,
  build: { outDir, emptyOutDir },
});
for (const page of ownerPages) {
  await build({
    root: web,
    configFile: path.join(web, "vite.owners.config.ts"),
    mode,
    logLevel,
    build: { outDir, rolldownOptions: { input: path.join(web, `${page}.html`) } },
  });
}
