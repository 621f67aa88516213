// `npm run bench`: every benchmark, one figure per line: `<name> <value> <unit>`.
// - bench/*.bench.ts: pure domain and CLI figures (no emulator);
// - the staff app's initial JS (gzip), from a production build;
// - bench/emulator/*.bench.ts: figures against the real emulators (started here);
// - the time from `npm start` to ready.
// `npm run bench -- <word>[,<word>…]` runs only the benches whose file name contains one of them.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { emulatorEnvironment, emulatorPorts, firebaseBin, projectId, root } from "./emulators.mjs";
import { run, runOrExit } from "./run.mjs";

const only = (process.argv[2] ?? "").split(",");
const selected = (name) => only.some((word) => name.includes(word));
const benchFiles = (folder) =>
  existsSync(path.join(root, folder))
    ? readdirSync(path.join(root, folder))
        .filter((name) => name.endsWith(".bench.ts") && selected(name))
        .sort()
        .map((name) => path.join(folder, name))
    : [];

let failed = 0;
for (const file of benchFiles("bench")) {
  const code = await run(process.execPath, ["--import", "tsx", file]);
  if (code !== 0) failed += 1;
}

const ports = emulatorPorts();
const env = { ...emulatorEnvironment(), ...ports.env };
if (selected("web") || selected("bundle")) {
  await runOrExit("Building the web client", "npm", [
    "run",
    "build",
    "-w",
    "web",
    "--",
    "--mode",
    "emulator",
    "--logLevel",
    "error",
  ]);
  for (const script of ["web/scripts/initialJsSize.mjs", "web/scripts/publicJsSize.mjs"]) {
    if ((await run(process.execPath, [script])) !== 0) failed += 1;
  }
}

const emulatorBenches = benchFiles("bench/emulator");
// A bench that opens pages in Chromium (bench/emulator/firstRender.ts) needs the web client
// built and served by the Hosting emulator.
const needsWebClient = emulatorBenches.some((file) =>
  readFileSync(path.join(root, file), "utf8").includes("firstRender"),
);
if (emulatorBenches.length > 0) {
  await runOrExit("Building the functions", "npm", ports.buildFunctions, { env });
  if (needsWebClient) {
    await runOrExit(
      "Building the web client",
      "npm",
      ["run", "build", "-w", "web", "--", "--mode", "emulator", "--outDir", ports.webOutDir],
      { env },
    );
  }
  const inside = emulatorBenches.map((file) => `node --import tsx ${file}`).join(" && ");
  const code = await run(
    firebaseBin,
    [
      ...ports.args,
      "emulators:exec",
      "--non-interactive",
      "--project",
      projectId,
      "--only",
      needsWebClient ? "auth,firestore,functions,hosting" : "auth,firestore,functions",
      inside,
    ],
    { env, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (code !== 0) failed += 1;
}

if (selected("start")) {
  // Time from `npm start` to the "ready" banner (seeded emulators and web client up).
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    env,
  });
  const ready = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 240_000);
    child.stdout.on("data", (chunk) => {
      if (String(chunk).includes("Huiyin (回音) is ready")) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.on("exit", () => resolve(false));
  });
  const seconds = (performance.now() - started) / 1000;
  try {
    process.kill(-child.pid, "SIGINT");
  } catch {
    // already gone
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // stopped cleanly
  }
  if (ready) {
    console.log(`start.time_to_ready_s ${seconds.toFixed(1)} s`);
  } else {
    console.log("start.time_to_ready_s failed s");
    failed += 1;
  }
}

if (failed > 0) {
  console.error(`${failed} benchmark group(s) failed.`);
  process.exit(1);
}
