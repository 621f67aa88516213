// Runs inside `firebase emulators:exec` for `npm start`: seed, web dev server, banner, wait.
import { spawn, spawnSync } from "node:child_process";
import { root } from "./emulators.mjs";

const WEB_PORT = Number(process.env.HUIYIN_WEB_PORT ?? 5173);
const seeded = spawnSync(process.execPath, ["scripts/seed.mjs"], { cwd: root, stdio: "inherit" });
if (seeded.status !== 0) process.exit(seeded.status ?? 1);

const web = spawn(
  "npm",
  [
    "run",
    "dev",
    "-w",
    "web",
    "--",
    "--mode",
    "emulator",
    "--host",
    "127.0.0.1",
    "--port",
    String(WEB_PORT),
    "--strictPort",
  ],
  { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
);
const stop = () => {
  web.kill("SIGTERM");
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
web.on("exit", (code) => process.exit(code ?? 1));

const url = `http://127.0.0.1:${WEB_PORT}/`;
for (let attempt = 0; attempt < 120; attempt += 1) {
  const ok = await fetch(url).then(
    (response) => response.ok,
    () => false,
  );
  if (ok) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const { demoLogins, DEMO_PASSWORD } = await import("./seed/logins.mjs");
console.log(
  [
    "",
    "──────────────────────────────────────────────────────────────",
    " Huiyin (回音) is ready",
    ` Web client:  ${url}`,
    ` Emulators:   Auth 127.0.0.1:${process.env.VITE_AUTH_EMULATOR_PORT} · Firestore 127.0.0.1:${process.env.VITE_FIRESTORE_EMULATOR_PORT} · Functions 127.0.0.1:${process.env.VITE_FUNCTIONS_EMULATOR_PORT}`,
    ` Demo logins (password: ${DEMO_PASSWORD}):`,
    ...demoLogins.map(
      (login) => `   ${login.role.padEnd(16)} ${login.email.padEnd(28)} ${login.name}`,
    ),
    " Press Ctrl-C to stop.",
    "──────────────────────────────────────────────────────────────",
  ].join("\n"),
);
web.stdout.resume();
