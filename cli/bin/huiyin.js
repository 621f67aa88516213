#!/usr/bin/env node
// The huiyin command. It runs the plain-JS build of its TypeScript sources (cli/dist, made by
// `npm install` and remade here whenever a source changed; see cli/build.mjs), and runs the
// sources through tsx when no build can be made.
import { builtMain } from "../build.mjs";

const built = await builtMain();
let main;
if (built === null) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/main.ts"));
} else {
  ({ main } = await import(built));
}
process.exitCode = await main(process.argv.slice(2));
