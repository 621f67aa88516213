import { parseArgs } from "node:util";
import { UsageError, type CommandOutput } from "./command.js";
import { commands } from "./commands/index.js";

const processOutput: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function helpText(): string {
  const width = Math.max(...commands.map((command) => command.name.length), 4);
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    "huiyin: file-mode tools of Huiyin (回音). They read files, touch no database, and print JSON.",
    "",
    "Usage: huiyin <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `huiyin <command> --help` for a command's options.",
    "",
  ].join("\n");
}

/** Runs the command line and returns the exit code (2 for bad arguments or unreadable files). */
export async function main(argv: string[], output: CommandOutput = processOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    output.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    output.stderr(`huiyin: unknown command "${name}".\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    output.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    const { values } = parseArgs({
      args: rest,
      options: command.options,
      strict: true,
      allowPositionals: false,
    });
    return await command.run(values as Record<string, string | boolean | undefined>, output);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
      output.stderr(`huiyin ${command.name}: ${error.message}\n\nUsage: ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}
