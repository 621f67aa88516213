/**
 * What an owner may send from the household page, as plain data (no zod), so the page itself
 * imports it without the schema library (its JS stays a few kilobytes).
 */

/** The kinds of request: a repair, a question, a complaint, a suggestion. */
export const HOUSEHOLD_REQUEST_KINDS = ["repair", "question", "complaint", "suggestion"] as const;
export type HouseholdRequestKind = (typeof HOUSEHOLD_REQUEST_KINDS)[number];

/** The longest request text an owner may send. */
export const HOUSEHOLD_REQUEST_MAX = 1000;
