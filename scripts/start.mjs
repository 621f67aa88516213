// `npm start`: builds the functions, starts the real emulators offline with the demo estate
// seeded, starts the web client (Vite dev server against the emulators), and prints the URL
// and the demo logins. Ctrl-C stops everything.
import { emulatorEnvironment, emulatorPorts, firebaseBin, projectId } from "./emulators.mjs";
import { run, runOrExit } from "./run.mjs";

const ports = emulatorPorts();
const env = {
  ...emulatorEnvironment(),
  ...ports.env,
  HUIYIN_WEB_PORT: process.env.HUIYIN_WEB_PORT ?? String(5173 + ports.offset),
};
await runOrExit("Building the functions", "npm", ports.buildFunctions, { env });
const code = await run(
  firebaseBin,
  [
    ...ports.args,
    "emulators:exec",
    "--non-interactive",
    "--project",
    projectId,
    "--only",
    "auth,firestore,functions",
    "node scripts/devSession.mjs",
  ],
  { env },
);
process.exit(code);
