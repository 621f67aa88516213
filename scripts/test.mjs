// `npm test`: builds the functions and the web client, starts the real emulators (Auth,
// Firestore, Functions, Storage, Hosting), seeds the demo estate, and runs every vitest
// project inside them: unit, emulator and end-to-end (headless Chromium).
// Extra arguments go to vitest, e.g. `npm test -- --project unit`.
import {
  emulatorEnvironment,
  emulatorPorts,
  firebaseBin,
  INSTALL_HELP,
  projectId,
} from "./emulators.mjs";
import { run, runOrExit, shellQuote } from "./run.mjs";

const vitestArgs = process.argv.slice(2).map(shellQuote).join(" ");
const ports = emulatorPorts();
const env = { ...emulatorEnvironment(), ...ports.env };

await runOrExit("Building the functions", "npm", ports.buildFunctions, { env });
await runOrExit(
  "Building the web client",
  "npm",
  [
    "run",
    "build",
    "-w",
    "web",
    "--",
    "--mode",
    "emulator",
    "--outDir",
    ports.webOutDir,
    "--emptyOutDir",
  ],
  { env },
);

const inside = `node scripts/seed.mjs --quiet && npx vitest run ${vitestArgs}`;
const code = await run(
  firebaseBin,
  [
    ...ports.args,
    "emulators:exec",
    "--non-interactive",
    "--project",
    projectId,
    "--only",
    "auth,firestore,functions,hosting",
    inside,
  ],
  { env },
);
if (code !== 0) {
  console.error(
    `\n✗ npm test failed (exit code ${code}). If the emulators could not start, see above; ${INSTALL_HELP.split("\n")[0]}`,
  );
}
process.exit(code);
