import type { zhHant } from "./zhHant.js";

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The shape every language's resource tree has: the keys of the default language. */
export type Resource = Shape<typeof zhHant>;
