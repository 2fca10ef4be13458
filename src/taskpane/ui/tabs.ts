/**
 * Tabs as the WAI-ARIA APG pattern with automatic activation, on native buttons: one tab stop
 * for the list (roving tabindex), arrow keys (wrapping), Home and End move between tabs and show
 * them; inactive panels stay in the DOM but hidden. A panel's content is built the first time its
 * tab is shown, in the same event that shows it: a hidden panel is out of reach of readers,
 * search and screen readers alike, and building every part of the report up front was most of
 * the pane's first render.
 *
 * The bar never wraps: at the pane's narrowest it scrolls sideways, the selected tab is kept in
 * view, and an arrow on a faded edge says that more tabs lie that way (a click on it scrolls
 * there; keyboard users reach every tab with the arrow keys, so the arrows are for the pointer
 * only and hidden from assistive technology, which lists all tabs anyway).
 */
import { append, h, uid, type Child } from "./dom";

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
      "button",
      {
        type: "button",
        role: "tab",
        class: "tab",
        id: idOf(spec.key),
        "aria-controls": `${idOf(spec.key)}-panel`,
        "aria-selected": String(spec.key === current),
        tabindex: spec.key === current ? 0 : -1,
        "data-key": `tab-${spec.key}`,
        "data-tab": spec.key,
      },
      spec.label,
    ),
  );
  const panels = specs.map((spec) =>
    h("div", { role: "tabpanel", id: `${idOf(spec.key)}-panel`, "aria-labelledby": idOf(spec.key), tabindex: 0, hidden: spec.key !== current, class: "tabpanel" }),
  );
  const built = new Set<number>();
  const show = (index: number) => {
    panels.forEach((p, i) => (p.hidden = i !== index));
    if (built.has(index)) return;
    // Marked built only once its content is in: a part that failed to build is tried again.
    append(panels[index], specs[index].panel());
    built.add(index);
  };
  show(specs.findIndex((s) => s.key === current));
  const select = (index: number, focus: boolean) => {
    const tab = tabEls[index];
    if (focus) tab.focus();
    if (specs[index].key === current) return;
    current = specs[index].key;
    tabEls.forEach((el, i) => {
      el.setAttribute("aria-selected", String(i === index));
      el.tabIndex = i === index ? 0 : -1;
    });
    show(index);
    tab.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    onSelect(specs[index].key);
  };
  const list = h(
    "div",
    {
      role: "tablist",
      "aria-label": label,
      class: "tablist",
      onclick: (event: Event) => {
        const index = tabEls.indexOf((event.target as Element).closest?.("[role=tab]") as HTMLButtonElement);
        if (index >= 0) select(index, false);
      },
      onkeydown: (event: Event) => {
        const { key, altKey, ctrlKey, metaKey } = event as KeyboardEvent;
        // With a modifier the key is the browser's or the system's (Alt+← is "back").
        if (altKey || ctrlKey || metaKey) return;
        const at = tabEls.indexOf(document.activeElement as HTMLButtonElement);
        if (at < 0) return;
        const last = tabEls.length - 1;
        const to = key === "ArrowRight" ? (at === last ? 0 : at + 1) : key === "ArrowLeft" ? (at === 0 ? last : at - 1) : key === "Home" ? 0 : key === "End" ? last : -1;
        if (to < 0) return;
        event.preventDefault();
        select(to, true);
      },
    },
    ...tabEls,
  );
  return h("div", { class: "tabs" }, overflowBar(list, () => tabEls[specs.findIndex((s) => s.key === current)]), ...panels);
}

/** Room the edge arrows take (px): as .tablist-scroll's scroll-padding in the stylesheet. */
const ARROW_ROOM = 32;

/** The tab list in a sideways scroller with an arrow on each edge that has more tabs beyond it. */
function overflowBar(list: HTMLElement, selected: () => HTMLElement | undefined): HTMLElement {
  const scroller = h("div", { class: "tablist-scroll" }, list);
  const step = (direction: 1 | -1) => () => scroller.scrollBy({ left: direction * Math.max(80, scroller.clientWidth * 0.6) });
  const bar = h(
    "div",
    { class: "tabbar", "data-testid": "tabbar" },
    scroller,
    h("span", { class: "tab-more tab-more-start", "aria-hidden": "true", "data-testid": "tabs-more-start", onclick: step(-1) }, "‹"),
    h("span", { class: "tab-more tab-more-end", "aria-hidden": "true", "data-testid": "tabs-more-end", onclick: step(1) }, "›"),
  );
  let placed = false;
  const update = () => {
    // A re-render (a language switch, an insert) draws the bar anew: on its first layout the
    // selected tab is brought into view, clear of the arrow.
    const tab = selected();
    if (!placed && tab && scroller.clientWidth > 0) {
      placed = true;
      const left = tab.getBoundingClientRect().left - list.getBoundingClientRect().left;
      if (left + tab.offsetWidth > scroller.clientWidth) scroller.scrollTo({ left: left - ARROW_ROOM, behavior: "instant" });
    }
    const rest = scroller.scrollWidth - scroller.clientWidth - scroller.scrollLeft;
    bar.toggleAttribute("data-more-start", scroller.scrollLeft > 1);
    bar.toggleAttribute("data-more-end", rest > 1);
  };
  scroller.addEventListener("scroll", update, { passive: true });
  // Also when the pane is resized and when the tabs' width changes (a language switch, fonts).
  if (typeof ResizeObserver === "function") {
    const observer = new ResizeObserver(update);
    observer.observe(scroller);
    observer.observe(list);
  }
  return bar;
}
