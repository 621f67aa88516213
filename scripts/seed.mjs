// `npm run seed`: loads the demo estate into the running emulators (see scripts/seed/).
import { spawnSync } from "node:child_process";
import { root } from "./emulators.mjs";

if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST) {
  console.error(
    "The seed writes only to the emulators: FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST must be set.\n" +
      "Run it through `npm start` (or inside `firebase emulators:exec`).",
  );
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "scripts/seed/main.ts", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
