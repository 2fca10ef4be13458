/**
 * ARIA tabs (WAI-ARIA APG, automatic activation): one tab stop for the tab list, arrow keys,
 * Home and End move between tabs; inactive panels stay in the DOM but hidden.
 */
import { h, uid, type Child } from "./dom";

export interface TabSpec {
  key: string;
  label: string;
  panel: () => Child[];
}

export function tabs(label: string, specs: readonly TabSpec[], selected: string, onSelect: (key: string) => void): HTMLElement {
  const base = uid("tab");
  const list = h("div", { role: "tablist", "aria-label": label, class: "tablist" });
  const buttons: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  const select = (index: number, focus: boolean) => {
    buttons.forEach((b, i) => {
      const on = i === index;
      b.setAttribute("aria-selected", String(on));
      b.tabIndex = on ? 0 : -1;
      panels[i].hidden = !on;
    });
    if (focus) buttons[index].focus();
    onSelect(specs[index].key);
  };
  specs.forEach((spec, i) => {
    const on = spec.key === selected;
    const button = h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `${base}-${spec.key}`,
        "aria-controls": `${base}-${spec.key}-panel`,
        "aria-selected": String(on),
        tabindex: on ? 0 : -1,
        "data-key": `tab-${spec.key}`,
        class: "tab",
        onclick: () => select(i, false),
      },
      spec.label,
    );
    buttons.push(button);
    list.appendChild(button);
    panels.push(
      h(
        "div",
        { role: "tabpanel", id: `${base}-${spec.key}-panel`, "aria-labelledby": button.id, tabindex: 0, hidden: !on, class: "tabpanel" },
        ...spec.panel(),
      ),
    );
  });
  list.addEventListener("keydown", (event) => {
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const last = buttons.length - 1;
    const next =
      event.key === "ArrowRight" ? (current === last ? 0 : current + 1)
      : event.key === "ArrowLeft" ? (current === 0 ? last : current - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : -1;
    if (next < 0) return;
    event.preventDefault();
    select(next, true);
  });
  return h("div", { class: "tabs" }, list, ...panels);
}
