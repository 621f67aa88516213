// Prints the gzip size of the JS of each public owner page (survey, committee report): its
// entry chunk and every chunk it imports statically, from the build manifest. The issue's
// budget is 100 KiB gzip per page (no Firebase SDK there).
// Usage: node web/scripts/publicJsSize.mjs [distDir]   (default web/dist; build first)
// Output: `web.survey_page_js_gzip_kib <value> KiB` and its `.target` line, one pair per page.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.resolve(process.argv[2] ?? path.join(web, "dist"));
const manifestPath = path.join(dist, ".vite", "manifest.json");
if (!existsSync(manifestPath)) {
  console.error(
    `Cannot read ${manifestPath}: build the web client first (npx vite build in web/).`,
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));

/** Gzip bytes of an entry's JS and its static imports, and whether any of it is Firebase. */
function pageJs(entrySource) {
  const entry = Object.entries(manifest).find(
    ([, chunk]) => chunk.isEntry && chunk.src === entrySource,
  );
  if (entry === undefined) return null;
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry[0]);
  let bytes = 0;
  let firebase = false;
  for (const file of files) {
    const content = readFileSync(path.join(dist, file));
    bytes += gzipSync(content, { level: 9 }).length;
    if (/firebase|firestore/i.test(file) || content.includes("firestore.googleapis.com"))
      firebase = true;
  }
  return { bytes, firebase };
}

const pages = [
  ["survey", "survey.html"],
  ["committee", "committee.html"],
  ["household", "household.html"],
  ["notices", "notices.html"],
];
let measured = 0;
for (const [name, source] of pages) {
  const page = pageJs(source);
  if (page === null) continue;
  measured += 1;
  console.log(`web.${name}_page_js_gzip_kib ${(page.bytes / 1024).toFixed(1)} KiB`);
  console.log(`web.${name}_page_js_gzip_kib.target 100 KiB`);
  if (page.firebase) console.error(`✗ the ${name} page loads the Firebase SDK`);
}
if (measured === 0) {
  console.error(`No public page in ${manifestPath}.`);
  process.exit(1);
}
