// Small process helpers shared by the start, test and bench scripts.
import { spawn } from "node:child_process";
import { root } from "./emulators.mjs";

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and stops this process with its exit code when it fails. */
export async function runOrExit(label, command, args, options = {}) {
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n✗ ${label} failed (exit code ${code}).`);
    process.exit(code);
  }
}

/** Quotes an argument for the single shell command that `firebase emulators:exec` takes. */
export function shellQuote(argument) {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", "'\\''")}'`;
}
