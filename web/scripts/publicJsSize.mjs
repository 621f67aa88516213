// Prints the gzip size of the JS of each owners' page (survey, committee report, household page,
// notice board, owner's copy). The pages are built inline (`vite.owners.config.ts`), so their
// JS is the `<script>` code in their HTML; a page that still loads a script file counts it too
// and is reported, since every file is another round trip on a slow mobile network. The issues'
// budget is 100 KiB gzip per page, without the Firebase SDK.
// Usage: node web/scripts/publicJsSize.mjs [distDir]   (default web/dist; build first)
// Output: `web.survey_page_js_gzip_kib <value> KiB` and its `.target` line, one pair per page.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.resolve(process.argv[2] ?? path.join(web, "dist"));

const pages = ["survey", "committee", "household", "notices", "ownerCopy"];
let problems = 0;
for (const name of pages) {
  const htmlPath = path.join(dist, `${name}.html`);
  if (!existsSync(htmlPath)) {
    console.error(`✗ Cannot read ${htmlPath}: build the web client first (npm run build -w web).`);
    problems += 1;
    continue;
  }
  const html = readFileSync(htmlPath, "utf8");
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const code = [];
  for (const [, attributes, inline] of scripts) {
    const source = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (source === undefined) {
      code.push(inline);
      continue;
    }
    console.error(`✗ the ${name} page loads ${source} instead of carrying its JS inline`);
    problems += 1;
    const file = path.join(dist, source.replace(/^\//, ""));
    if (existsSync(file)) code.push(readFileSync(file, "utf8"));
  }
  const joined = code.join("\n");
  const kib = gzipSync(joined, { level: 9 }).length / 1024;
  const figure = `web.${name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}_page_js_gzip_kib`;
  console.log(`${figure} ${kib.toFixed(1)} KiB`);
  console.log(`${figure}.target 100 KiB`);
  if (/firestore\.googleapis\.com|@firebase\//.test(joined)) {
    console.error(`✗ the ${name} page loads the Firebase SDK`);
    problems += 1;
  }
}
if (problems > 0) process.exit(1);
