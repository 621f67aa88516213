/**
 * Pure helpers of the call reconciliation screens (B2.5a): which files the upload accepts,
 * bytes to base64 for the callable, times in the estate's zone, durations, and the reception a
 * flag's one-click record prefills.
 */
import { DateTime } from "luxon";
import type { CallFlag } from "@domain/schema/callFlag.js";
import type { ReceptionChannel } from "@domain/schema/reception.js";

/** The carrier export formats the importer reads. */
export const ACCEPTED_EXTENSIONS = [".csv", ".xlsx", ".xls"] as const;

/** The largest file the callable accepts (8 MB, as `MAX_CARRIER_FILE_BYTES`). */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/** Why a file is refused before upload, or null when it may be sent. */
export function uploadProblem(file: {
  name: string;
  size: number;
}): "type" | "size" | "empty" | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) return "type";
  if (file.size === 0) return "empty";
  if (file.size > MAX_UPLOAD_BYTES) return "size";
  return null;
}

/** Standard base64 of the bytes (what `importCarrierCalls` expects). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // In chunks: String.fromCharCode with millions of arguments overflows the stack.
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

/** A call's time as the estate's wall clock, e.g. `2026-10-05 14:03:22`. */
export function formatCallTime(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat("yyyy-MM-dd HH:mm:ss");
}

/** A duration in seconds as `m:ss`, or `h:mm:ss` from an hour on. */
export function formatDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours > 0
    ? `${String(hours)}:${String(minutes).padStart(2, "0")}:${rest}`
    : `${String(minutes)}:${rest}`;
}

/** The reception channel of the record a call lacks: an incoming call is `phone_in`. */
export function channelOfCall(direction: CallFlag["direction"]): ReceptionChannel {
  return direction === "out" ? "phone_out" : "phone_in";
}

/** What the one-click record of an unlogged call is prefilled with. */
export interface MissingRecordDraft {
  readonly channel: ReceptionChannel;
  readonly callerNumber: string;
  readonly at: Date;
}

/**
 * The prefilled record of a flag: the call's channel, its number and its start (inside the
 * call's window, so the record matches the call and the trigger clears the flag).
 */
export function missingRecordDraft(
  flag: Pick<CallFlag, "direction" | "number" | "start">,
): MissingRecordDraft {
  return { channel: channelOfCall(flag.direction), callerNumber: flag.number, at: flag.start };
}
