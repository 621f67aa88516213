import type { ParseArgsConfig } from "node:util";

/** Where a command writes: stdout for the JSON result, stderr for messages. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One `huiyin` sub-command. File-mode commands read files, touch no database, print JSON. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Returns the exit code: 0 done, 2 bad arguments or unreadable input. */
  run: (
    values: Record<string, string | boolean | undefined>,
    output: CommandOutput,
  ) => Promise<number>;
}

/** Bad arguments or unreadable input: printed on stderr, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Reads a required string option or throws a UsageError naming it. */
export function requiredOption(
  values: Record<string, string | boolean | undefined>,
  name: string,
): string {
  const value = values[name];
  if (typeof value !== "string" || value === "") throw new UsageError(`--${name} is required`);
  return value;
}

/** Parses a numeric option, or returns the fallback when it is absent. */
export function numberOption(
  values: Record<string, string | boolean | undefined>,
  name: string,
  fallback: number,
): number {
  const value = values[name];
  if (value === undefined) return fallback;
  const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new UsageError(`--${name} must be a non-negative number, got ${JSON.stringify(value)}`);
  }
  return parsed;
}

/** Pretty JSON for stdout, one trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
