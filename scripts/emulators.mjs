// How Huiyin runs the real Firebase Emulator Suite offline (see EMULATORS.md beside the repo):
// firebase-tools 14.x (pinned) starts Google's Firestore emulator from the installed Google
// Cloud CLI jar through a launcher jar generated here, into the ignored folder .emulator/.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const projectId = "demo-huiyin";
export const firebaseBin = path.join(root, "node_modules", ".bin", "firebase");
const launcherDir = path.join(root, ".emulator");
const FIRESTORE_MAIN_CLASS = "com.google.cloud.datastore.emulator.firestore.CloudFirestore";

const INSTALL_HELP = [
  "Huiyin needs Google's Firestore emulator and Java 17+ to run its emulators offline.",
  "Install them, then run the command again:",
  "  apt-get install -y openjdk-17-jre-headless google-cloud-cli-firestore-emulator",
  "(the second package is in Google Cloud's apt repository), or run once with internet",
  "access so that firebase-tools downloads its own Firestore emulator jar.",
].join("\n");

function quiet(command, args) {
  try {
    return execFileSync(command, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "";
  }
}

/** The gcloud Firestore emulator jar, looked up at setup time (never hard-coded). */
function findGcloudFirestoreJar() {
  const sdkRoot = quiet("gcloud", ["info", "--format=value(installation.sdk_root)"]);
  const candidates = [];
  if (sdkRoot)
    candidates.push(
      path.join(sdkRoot, "platform", "cloud-firestore-emulator", "cloud-firestore-emulator.jar"),
    );
  for (const line of quiet("dpkg", ["-L", "google-cloud-cli-firestore-emulator"]).split("\n")) {
    if (line.endsWith("cloud-firestore-emulator.jar")) candidates.push(line);
  }
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** A jar firebase-tools downloaded earlier (machines with internet). */
function findDownloadedFirestoreJar() {
  const cache = path.join(homedir(), ".cache", "firebase", "emulators");
  if (!existsSync(cache)) return null;
  const jar = readdirSync(cache).find((name) => /^cloud-firestore-emulator.*\.jar$/.test(name));
  return jar ? path.join(cache, jar) : null;
}

/** Builds a launcher jar whose manifest names the emulator's main class and the real jar. */
function buildLauncherJar(gcloudJar) {
  mkdirSync(launcherDir, { recursive: true });
  const manifest = path.join(launcherDir, "manifest.txt");
  const launcher = path.join(launcherDir, "firestore-launcher.jar");
  writeFileSync(manifest, `Main-Class: ${FIRESTORE_MAIN_CLASS}\nClass-Path: file:${gcloudJar}\n`);
  const built = spawnSync("jar", ["cfm", launcher, manifest], {
    cwd: launcherDir,
    stdio: "inherit",
  });
  if (built.status !== 0) {
    // No `jar` tool (a JRE without the JDK): a jar is a zip with the manifest first.
    const zipped = spawnSync(
      "python3",
      [
        "-c",
        "import sys,zipfile;z=zipfile.ZipFile(sys.argv[1],'w');z.write(sys.argv[2],'META-INF/MANIFEST.MF');z.close()",
        launcher,
        manifest,
      ],
      { stdio: "inherit" },
    );
    if (zipped.status !== 0)
      throw new Error(`Could not build ${launcher}: neither jar nor python3 worked.`);
  }
  return launcher;
}

/**
 * The environment in which firebase-tools finds everything offline. Stops the process with
 * a message saying what to install when no emulator can be found.
 */
export function emulatorEnvironment() {
  if (!existsSync(firebaseBin)) {
    console.error(
      "firebase-tools is not installed: run `npm install` at the repository root first.",
    );
    process.exit(1);
  }
  if (!quiet("java", ["-version"]) && spawnSync("java", ["-version"]).status !== 0) {
    console.error(INSTALL_HELP);
    process.exit(1);
  }
  const env = {
    ...process.env,
    FIREBASE_CLI_DISABLE_UPDATE_CHECK: "true",
    // Loading the functions' code takes seconds on a busy 2-core machine; the default 10 s
    // discovery timeout then leaves the Functions emulator with no functions at all.
    FUNCTIONS_DISCOVERY_TIMEOUT: process.env.FUNCTIONS_DISCOVERY_TIMEOUT ?? "60",
  };
  const gcloudJar = findGcloudFirestoreJar();
  if (gcloudJar) {
    env.FIRESTORE_EMULATOR_BINARY_PATH = buildLauncherJar(gcloudJar);
  } else if (!findDownloadedFirestoreJar()) {
    console.warn(
      "No installed Firestore emulator found; firebase-tools will try to download one.\n" +
        INSTALL_HELP,
    );
  }
  return env;
}

export { INSTALL_HELP };

/**
 * Emulator ports, shifted by `HUIYIN_PORT_OFFSET` (default 0) so that two copies of the suite
 * (two developers' test runs on one machine) do not collide. Returns the extra firebase-tools
 * arguments, the environment the web build and the tests read the ports from, and the npm
 * arguments that build the functions this copy's Functions emulator loads.
 */
export function emulatorPorts() {
  const offset = Number(process.env.HUIYIN_PORT_OFFSET ?? 0);
  // The highest default port is 9499 (Cloud Tasks): the shifted one must stay a valid port.
  if (!Number.isInteger(offset) || offset < 0 || offset > 56_000) {
    console.error(
      `HUIYIN_PORT_OFFSET must be a whole number from 0 to 56000, got ${process.env.HUIYIN_PORT_OFFSET}`,
    );
    process.exit(2);
  }
  const config = JSON.parse(readFileSync(path.join(root, "firebase.json"), "utf8"));
  const port = (name) => config.emulators[name].port + offset;
  const env = {
    HUIYIN_WEB_URL: `http://127.0.0.1:${port("hosting")}`,
    VITE_AUTH_EMULATOR_PORT: String(port("auth")),
    VITE_FIRESTORE_EMULATOR_PORT: String(port("firestore")),
    VITE_FUNCTIONS_EMULATOR_PORT: String(port("functions")),
  };
  const buildFunctions = ["run", "build", "-w", "functions"];
  if (offset === 0) return { args: [], env, offset, webOutDir: "dist", buildFunctions };
  // A copy's own web build too, so that two runs never serve each other's half-built files.
  const webOutDir = `dist-${offset}`;
  config.hosting.public = `web/${webOutDir}`;
  for (const emulator of Object.values(config.emulators)) {
    if (typeof emulator !== "object" || emulator === null) continue;
    if ("port" in emulator) emulator.port += offset;
    if ("websocketPort" in emulator) emulator.websocketPort += offset;
  }
  // And its own copy of the built functions: the Functions emulator watches its source folder
  // and reloads every function when it changes, so a shared functions/lib meant that another
  // copy's build restarted this copy's functions mid-test (cold workers, or a half-written lib
  // that fails to load). The copy resolves its packages from the root node_modules.
  const functionsDir = path.join(".emulator", `functions-${offset}`);
  const functionsCopy = path.join(root, functionsDir);
  rmSync(path.join(functionsCopy, "lib"), { recursive: true, force: true });
  mkdirSync(functionsCopy, { recursive: true });
  for (const name of ["package.json", ".env"]) {
    const from = path.join(root, "functions", name);
    if (existsSync(from)) copyFileSync(from, path.join(functionsCopy, name));
  }
  for (const codebase of config.functions) codebase.source = functionsDir;
  const file = `firebase.offset-${offset}.local.json`;
  writeFileSync(path.join(root, file), `${JSON.stringify(config, null, 2)}\n`);
  return {
    args: ["--config", file],
    env,
    offset,
    webOutDir,
    buildFunctions: [...buildFunctions, "--", "--outDir", path.join(functionsCopy, "lib")],
  };
}
