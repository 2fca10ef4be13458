/**
 * The pane's frame: header with the dataset's version and the language switch, one live region
 * for status, and the main area that the current view renders into. Views keep their own state and re-render fully on
 * each change; focus survives because elements that can hold it carry a stable data-key.
 */
import { t, storeLanguage, type Language } from "../i18n";
import { DATASET_VERSION } from "../../core/dataset/version";
import { h, replaceChildren, type Child } from "./dom";
import { keepFocusable } from "./controls";

export type Announcement = string | ((language: Language) => string);

export interface View {
  render(language: Language): Child[];
}

export interface Shell {
  readonly language: Language;
  /** Re-renders the view; focuses the element with `focusKey`, else keeps the focused one. */
  refresh(focusKey?: string | null): void;
  /** Says something in the live region (screen readers read it politely); a function is re-said in a new language. */
  announce(text: Announcement): void;
}

export class PaneShell implements Shell {
  language: Language;
  private view: View | null = null;
  private readonly header: HTMLElement;
  private readonly main: HTMLElement;
  private readonly status: HTMLElement;
  private lastAnnouncement: Announcement = "";

  constructor(
    private readonly root: HTMLElement,
    language: Language,
  ) {
    this.language = language;
    this.header = h("header", { class: "app-header" });
    this.status = h("p", { id: "status", class: "status", role: "status", "aria-live": "polite", "aria-atomic": "true" });
    this.main = h("main", { id: "main", class: "main", tabindex: -1 });
    replaceChildren(root, this.header, this.status, this.main);
    this.renderHeader();
    this.announce((l) => t(l, "loading"));
  }

  setView(view: View): void {
    this.view = view;
    this.refresh();
  }

  setLanguage(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    storeLanguage(safeStorage(), language);
    this.renderHeader(`lang-${language}`);
    this.refresh();
    if (typeof this.lastAnnouncement === "function") this.announce(this.lastAnnouncement);
  }

  refresh(focusKey: string | null = null): void {
    const active = document.activeElement;
    const key = focusKey ?? (active instanceof HTMLElement && this.main.contains(active) ? active.dataset.key : undefined);
    // Keep the page where it was: a full re-render would otherwise jump to the top. Read and
    // restored only when there is a place to keep: each makes the browser lay the page out on the
    // spot, and on the first render that layout is done twice (here, then for the first frame).
    const scroll = this.main.firstChild ? window.scrollY : 0;
    replaceChildren(this.main, ...(this.view ? this.view.render(this.language) : []));
    if (scroll !== 0) window.scrollTo(0, scroll);
    if (key) {
      const target = this.main.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      if (target) keepFocus(target);
    }
  }

  announce(text: Announcement): void {
    this.lastAnnouncement = text;
    this.status.textContent = typeof text === "function" ? text(this.language) : text;
  }

  private renderHeader(focusKey?: string): void {
    const l = this.language;
    document.documentElement.lang = l;
    document.title = t(l, "appTitle");
    // The visible code comes first in the name (WCAG 2.5.3, label in name); each language then
    // names itself, so someone who cannot read the current one still finds theirs.
    const button = (lang: Language, short: string, name: string) =>
      h(
        "button",
        {
          lang,
          type: "button",
          class: lang === l ? "btn btn-small btn-primary" : "btn btn-small btn-subtle",
          "aria-pressed": String(lang === l),
          "data-key": `lang-${lang}`,
          "data-testid": `lang-${lang}`,
          onclick: () => this.setLanguage(lang),
        },
        short,
        h("span", { class: "visually-hidden" }, ` ${name}`),
      );
    replaceChildren(
      this.header,
      h(
        "div",
        { class: "brand" },
        h("h1", {}, t(l, "appTitle")),
        h("p", { class: "version", "data-testid": "dataset-version" }, t(l, "headerDataset", { version: DATASET_VERSION })),
      ),
      h("div", { class: "lang-switch", role: "group", "aria-label": t(l, "languageGroup") }, button("nl", "NL", "Nederlands"), button("en", "EN", "English")),
    );
    if (focusKey) this.header.querySelector<HTMLElement>(`[data-key="${focusKey}"]`)?.focus();
  }
}

/**
 * Focuses the element that had the focus before a re-render. A button that has just turned
 * disabled (its action is running) stays focusable: still said to be unavailable and refusing
 * clicks, but the keyboard user's place in the pane is kept instead of falling back to the page.
 */
function keepFocus(target: HTMLElement): void {
  if (keepFocusable(target)) target.focus();
}

export function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
