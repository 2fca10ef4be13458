/** Small shared pieces of the pane's look. */
import { messageBar, type MessageKind } from "./controls";
import { h } from "./dom";

const LEVEL_CLASS: Record<string, string> = {
  hoog: "high",
  high: "high",
  medium: "medium",
  laag: "low",
  low: "low",
};

/** The potential as a word with a coloured marker: the word carries the meaning, never the colour alone. */
export function potentialBadge(label: string): HTMLElement {
  const level = LEVEL_CLASS[label.toLowerCase()] ?? "unknown";
  return h("span", { class: `badge badge-${level}` }, h("span", { class: "badge-dot", "aria-hidden": "true" }), label);
}

/** A message (a message bar); errors are announced at once (role alert), notices politely. */
export function message(kind: MessageKind, ...lines: string[]): HTMLElement {
  return messageBar(kind, ...lines);
}
