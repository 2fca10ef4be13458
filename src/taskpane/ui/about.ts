/** About SE Trends: the add-in's version next to the dataset's, and the help page in the pane's language. */
import { DATASET_VERSION } from "../../core/dataset/version";
import type { Language } from "../../core/language";
import { t } from "../i18n";
import { h, uid } from "./dom";

/** The help page, per language (static files next to the pane). */
const HELP_PAGE: Record<Language, string> = { nl: "help.nl.html", en: "help.html" };

export function aboutSection(language: Language, addinVersion: string): HTMLElement {
  const titleId = uid("about-title");
  return h(
    "section",
    { class: "card", "aria-labelledby": titleId, "data-testid": "about" },
    h("h2", { id: titleId }, t(language, "aboutTitle")),
    aboutList(language, addinVersion),
  );
}

/** The versions and the help link, also shown in the preview's Source tab. */
export function aboutList(language: Language, addinVersion: string): HTMLElement {
  return h(
    "dl",
    { class: "meta", "data-testid": "versions" },
    h("dt", {}, t(language, "addinVersion")),
    h("dd", { "data-testid": "addin-version" }, addinVersion),
    h("dt", {}, t(language, "datasetVersion")),
    h("dd", {}, DATASET_VERSION),
    h("dt", {}, t(language, "helpLink")),
    h("dd", {}, h("a", { href: HELP_PAGE[language], target: "_blank", rel: "noopener" }, HELP_PAGE[language])),
  );
}
