/** A tiny element builder for the public pages (no framework: a few kilobytes on a phone). */

/** Event listeners by event name, given as the attribute `on`. */
type Listeners = Partial<Record<string, (event: Event) => void>>;
type Attributes = Record<string, string | number | boolean | null | undefined | Listeners>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes (`on…` functions become listeners, `false`/`null`
 * attributes are left out) and children.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "on") continue;
    if (value === null || value === undefined || value === false || typeof value === "object") {
      continue;
    }
    element.setAttribute(name, value === true ? "" : String(value));
  }
  const listeners = (attributes.on ?? {}) as Listeners;
  for (const [event, listener] of Object.entries(listeners)) {
    if (listener !== undefined) element.addEventListener(event, listener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}
