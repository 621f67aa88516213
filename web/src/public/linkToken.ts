/**
 * The link token of the page: `/s/<token>` (survey), `/r/<token>` (committee), `/h/<token>`
 * (household page), `/n/<token>` (notice board), `/v/<token>` (owner's copy), or `?t=<token>`
 * in development. Self-contained (no imports, no outer names): the head script that starts a
 * page's first request is made from this very function's source (`firstRequest.ts`).
 */
export function tokenFromLocation(location: Pick<Location, "pathname" | "search">): string | null {
  const match = /^\/[srhnv]\/([A-Za-z0-9_-]{16,64})\/?$/.exec(location.pathname);
  if (match?.[1] !== undefined) return match[1];
  const query = new URLSearchParams(location.search).get("t");
  return query !== null && /^[A-Za-z0-9_-]{16,64}$/.test(query) ? query : null;
}
