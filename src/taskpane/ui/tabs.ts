/**
 * Tabs on Fluent's tablist (WAI-ARIA APG, automatic activation): one tab stop for the list,
 * arrow keys, Home and End move between tabs (Fluent's focusgroup); inactive panels stay in the
 * DOM but hidden. The bar never wraps: at the pane's narrowest it scrolls sideways, and the
 * selected tab is kept in view.
 */
import { h, uid, type Child } from "./dom";

export interface TabSpec {
  key: string;
  label: string;
  panel: () => Child[];
}

export function tabs(label: string, specs: readonly TabSpec[], selected: string, onSelect: (key: string) => void): HTMLElement {
  const base = uid("tab");
  const idOf = (key: string) => `${base}-${key}`;
  let current = specs.some((s) => s.key === selected) ? selected : specs[0].key;
  const tabEls = specs.map((spec) =>
    h(
      "fluent-tab" as "button",
      { id: idOf(spec.key), "aria-controls": `${idOf(spec.key)}-panel`, "data-key": `tab-${spec.key}`, "data-tab": spec.key },
      spec.label,
    ),
  );
  const panels = specs.map((spec) =>
    h(
      "div",
      { role: "tabpanel", id: `${idOf(spec.key)}-panel`, "aria-labelledby": idOf(spec.key), tabindex: 0, hidden: spec.key !== selected, class: "tabpanel" },
      ...spec.panel(),
    ),
  );
  const list = h(
    "fluent-tablist" as "div",
    {
      "aria-label": label,
      class: "tablist",
      size: "small",
      activeid: idOf(current),
      onchange: (event: Event) => {
        const active = (event.currentTarget as HTMLElement & { activeid?: string }).activeid;
        const index = specs.findIndex((s) => idOf(s.key) === active);
        // Fluent also reports the first selection when it connects: nothing to do then.
        if (index < 0 || specs[index].key === current) return;
        current = specs[index].key;
        panels.forEach((p, i) => (p.hidden = i !== index));
        tabEls[index].scrollIntoView?.({ block: "nearest", inline: "nearest" });
        onSelect(specs[index].key);
      },
    },
    ...tabEls,
  );
  return h("div", { class: "tabs" }, h("div", { class: "tablist-scroll" }, list), ...panels);
}
