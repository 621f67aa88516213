// The huiyin command's plain-JS build: cli/src and the domain it imports, bundled by esbuild
// into one ES module (cli/dist/main.js; packages stay imports). Running it skips tsx's loader
// thread and per-file transpiling, which cost about a second at every start. `npm install`
// builds it (the root `prepare` script); `bin/huiyin.js` rebuilds it when a source changed.
//
//   node cli/build.mjs     builds now (npm install runs it)
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const cliDir = fileURLToPath(new URL(".", import.meta.url));
const root = path.dirname(cliDir);
const entry = path.join(cliDir, "src/main.ts");
const outDir = path.join(cliDir, "dist");
const outFile = path.join(outDir, "main.js");
/** The sources the build read, with their modification times (the staleness check). */
const inputsFile = path.join(outDir, "inputs.json");

/** Whether the build exists and no source it was made from changed since. */
async function isFresh() {
  try {
    const { inputs } = JSON.parse(await readFile(inputsFile, "utf8"));
    await stat(outFile);
    const times = await Promise.all(
      Object.keys(inputs).map((file) =>
        stat(path.join(root, file)).then(
          (info) => info.mtimeMs,
          () => Number.NaN,
        ),
      ),
    );
    return Object.values(inputs).every((mtimeMs, index) => times[index] === mtimeMs);
  } catch {
    return false;
  }
}

/** Builds cli/dist/main.js with esbuild; throws when esbuild is unavailable or fails. */
export async function build() {
  const { build: esbuild } = await import("esbuild");
  await mkdir(outDir, { recursive: true });
  // Two commands starting at once each write their own file; the rename is atomic.
  const temporary = `${outFile}.${process.pid}.tmp`;
  const result = await esbuild({
    // The metafile's input paths are then relative to the repository root.
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    metafile: true,
    logLevel: "error",
  });
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    inputs[input] = (await stat(path.join(root, input))).mtimeMs;
  }
  await rename(temporary, outFile);
  await writeFile(`${inputsFile}.${process.pid}.tmp`, JSON.stringify({ inputs }));
  await rename(`${inputsFile}.${process.pid}.tmp`, inputsFile);
}

/**
 * The URL of an up-to-date build (building it when missing or stale), or null when it cannot
 * be built here: the caller then runs the sources with tsx.
 */
export async function builtMain() {
  if (!(await isFresh())) {
    try {
      await build();
    } catch {
      return null;
    }
  }
  return pathToFileURL(outFile).href;
}

// Run directly (`npm install` runs it): a failed build only warns, the command then uses tsx.
if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  await build().catch((error) => {
    console.warn(`huiyin: no plain-JS build (${String(error)}); the command will run through tsx.`);
  });
}
