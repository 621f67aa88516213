/**
 * Which HTML file serves a path, by Firebase Hosting's rewrites (`firebase.json`): the owners'
 * links `/s/<token>`, `/h/<token>`, … open their own page, everything else the staff app. The
 * Vite dev server of `npm start` applies the same table (`vite.shared.ts`), so a link copied
 * from the staff app opens the same page there as on Hosting.
 */

/** One Hosting rewrite: a glob source and the file it serves. */
export interface HostingRewrite {
  source: string;
  destination?: string;
}

/** Whether a Hosting glob (`*` within a segment, `**` across segments) matches `pathname`. */
function globMatches(glob: string, pathname: string): boolean {
  const pattern = glob
    .split(/(\*\*|\*)/)
    .map((part) => {
      if (part === "**") return ".*";
      if (part === "*") return "[^/]*";
      return part.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${pattern}$`).test(pathname);
}

/**
 * The file the first matching rewrite serves for `pathname`, or null when none matches or the
 * match is the catch-all to `/index.html` (the dev server's own fallback does that).
 */
export function rewrittenPage(
  pathname: string,
  rewrites: readonly HostingRewrite[],
): string | null {
  const rewrite = rewrites.find((candidate) => globMatches(candidate.source, pathname));
  const destination = rewrite?.destination;
  return destination === undefined || destination === "/index.html" ? null : destination;
}
