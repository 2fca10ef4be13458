/**
 * The one way the pane builds elements. Children that are strings become text nodes and
 * attributes are set one by one, so text from the dataset or an imported file can never become
 * markup: there is deliberately no innerHTML anywhere in the pane.
 */
export type Child = Node | string | number | null | undefined | false;

export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener> & {
  class?: string;
};

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") {
      if (!name.startsWith("on")) throw new Error(`h(): ${name} is not an event`);
      el.addEventListener(name.slice(2), value);
    } else if (name === "value" && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) {
      el.value = String(value);
    } else if (name === "checked" && el instanceof HTMLInputElement) {
      el.checked = value === true;
    } else if (name === "disabled" || name === "hidden" || name === "open") {
      if (value === true) el.setAttribute(name, "");
    } else if (name.startsWith("on")) {
      // Only listeners (functions) may be attached; a string here would be an inline handler.
      throw new Error(`h(): inline handler ${name} refused`);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content with new children (text stays text). */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

let counter = 0;
/** A page-unique id for label/aria wiring. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
