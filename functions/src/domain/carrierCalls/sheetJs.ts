/**
 * SheetJS, loaded on first use: it is large (hundreds of milliseconds to load), and most
 * call-detail exports are CSV, which never need it.
 */
import { createRequire } from "node:module";
import type * as XLSX from "xlsx";

let loaded: typeof XLSX | undefined;

/** The SheetJS module (reads XLSX, legacy XLS and HTML tables). */
export function sheetJs(): typeof XLSX {
  loaded ??= createRequire(import.meta.url)("xlsx") as typeof XLSX;
  return loaded;
}
