/**
 * Dates shown in the estate's time zone (SPEC: an estate counts its days in its own zone),
 * whatever the zone of the device.
 */
export function formatDate(date: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone }).format(date);
}

/** Date and time in the estate's time zone. */
export function formatDateTime(date: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}
