// Prints the gzip size of the staff app's initial JS: the entry chunk of index.html and every
// chunk it imports statically (what the browser fetches before the first route renders).
// Reads web/dist/.vite/manifest.json, so run `vite build` first.
// Output: `web.initial_js_gzip_kib <value> KiB` (see issue 2, item 10).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
const manifestPath = path.join(dist, ".vite", "manifest.json");
let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
} catch (error) {
  console.error(
    `Cannot read ${manifestPath} (${error.message}): build the web client first (npx vite build --mode emulator in web/).`,
  );
  process.exit(1);
}

const entries = Object.entries(manifest).filter(
  ([, chunk]) => chunk.isEntry && chunk.src === "index.html",
);
if (entries.length !== 1) {
  console.error(`Expected one entry for index.html in ${manifestPath}, found ${entries.length}.`);
  process.exit(1);
}

const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (chunk === undefined || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entries[0][0]);

let bytes = 0;
const verbose = process.argv.includes("--verbose");
for (const file of files) {
  const size = gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  bytes += size;
  if (verbose) console.error(`${(size / 1024).toFixed(1).padStart(7)} KiB  ${file}`);
}
console.log(`web.initial_js_gzip_kib ${(bytes / 1024).toFixed(1)} KiB`);
console.log("web.initial_js_gzip_kib.target 350 KiB");
