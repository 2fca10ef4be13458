/**
 * Preview mode (a plain browser, no Excel): the report browsable and the calculator. Loaded as
 * its own chunk, so the dataset and the scoring code are not fetched when the pane runs in Excel.
 */
import type { Dataset, ReportProvenance, AnalystProvenance, Text } from "../../core/dataset/schema";
import { REPORT } from "../../core/dataset/report";
import { POTENTIAL_LABELS } from "../../core/rule";
import type { Language } from "../../core/language";
import { t } from "../i18n";
import { h, uid, type Child } from "./dom";
import { calculator } from "./calculator";
import { EMPTY_INPUTS, type CalculatorInputs } from "./calculator-logic";
import { formatFigureValue } from "./format";
import { aboutSection } from "./about";
import { tabs } from "./tabs";
import { potentialBadge } from "./widgets";

export interface PreviewState {
  tab: string;
  inputs: CalculatorInputs;
}

export function createPreviewState(): PreviewState {
  return { tab: "trends", inputs: { ...EMPTY_INPUTS } };
}

export { REPORT as DEFAULT_DATASET };

/** The report's items a lookup function reaches; the Excel pane puts insert controls on each. */
export type ItemKind = "trend" | "opportunity" | "threat" | "figure";
export type InsertControls = (kind: ItemKind, id: string, language: Language) => HTMLElement | null;

export function renderPreview(language: Language, state: PreviewState, dataset: Dataset, addinVersion = ""): HTMLElement[] {
  const banner = h(
    "section",
    { class: "banner", role: "note", "aria-labelledby": "preview-banner-title", "data-testid": "preview-banner" },
    h("h2", { id: "preview-banner-title" }, t(language, "previewBannerTitle")),
    h("p", {}, t(language, "previewBannerText")),
  );
  return [banner, h("div", { "data-content": "dataset" }, calculator(language, state.inputs, dataset.potentialRule)), reportBrowser(language, state, dataset), aboutSection(language, addinVersion)];
}

/** The report, browsable by part; with `insert`, every item offers to go into the selected cell. */
export function reportBrowser(language: Language, state: PreviewState, dataset: Dataset, insert?: InsertControls): HTMLElement {
  const tx = (x: Text) => x[language];
  const headings = new Map(dataset.headings.map((heading) => [heading.nl, heading]));
  const sectors = new Map(dataset.sectors.map((s) => [s.id, s.label]));
  const heading = (nl: string) => {
    const found = headings.get(nl);
    return found ? tx(found) : nl;
  };
  const sectorOf = (id: string) => {
    const label = sectors.get(id);
    return label ? tx(label) : id;
  };

  const provenance = (p: ReportProvenance | AnalystProvenance): HTMLElement =>
    h(
      "details",
      { class: "details provenance" },
      h("summary", {}, t(language, "provenance")),
      h(
        "dl",
        { class: "meta" },
        ...("slide" in p
          ? [
              h("dt", {}, t(language, "slide")),
              h("dd", {}, heading(p.slide)),
              p.section ? h("dt", {}, t(language, "section")) : null,
              p.section ? h("dd", {}, heading(p.section)) : null,
            ]
          : [h("dt", {}, t(language, "tabSource")), h("dd", {}, p.source)]),
        p.note ? h("dt", {}, t(language, "readingNote")) : null,
        p.note ? h("dd", {}, tx(p.note)) : null,
      ),
    );

  const sectorTag = (id: string) => h("p", { class: "tag" }, `${t(language, "sector")}: ${sectorOf(id)}`);

  const item = (testid: string, title: string, ...body: Child[]) => {
    const id = uid("item");
    return h("article", { class: "item", "aria-labelledby": id, "data-testid": testid }, h("h3", { id }, title), ...body);
  };
  const controls = (kind: ItemKind, id: string) => (insert ? insert(kind, id, language) : null);

  const trends = () =>
    dataset.trends.map((trend) =>
      item(
        "trend",
        // The number is the id SE.TREND takes, so an analyst can go from here to a formula.
        `${trend.id}. ${tx(trend.title)}`,
        sectorTag(trend.sector),
        h("ul", {}, ...trend.points.map((point) => h("li", {}, tx(point)))),
        provenance(trend.provenance),
        controls("trend", trend.id),
      ),
    );

  const opportunities = () =>
    dataset.opportunities.map((o) =>
      item(
        "opportunity",
        `${o.id}. ${tx(o.title)}`,
        sectorTag(o.sector),
        h("p", { class: "potential-line" }, `${t(language, "reportPotential")}: `, potentialBadge(POTENTIAL_LABELS[language][o.potential])),
        h("h4", {}, t(language, "description")),
        h("p", {}, tx(o.description)),
        h("h4", {}, t(language, "activities")),
        h("p", {}, tx(o.activities)),
        provenance(o.provenance),
        controls("opportunity", o.id),
      ),
    );

  const threats = () =>
    dataset.threats.map((threat) =>
      item("threat", `${threat.id}. ${tx(threat.title)}`, sectorTag(threat.sector), h("p", {}, tx(threat.description)), provenance(threat.provenance), controls("threat", threat.id)),
    );

  const figures = () => [
    h(
      "ul",
      { class: "figures" },
      ...dataset.keyFigures.map((f) => {
        const value = formatFigureValue(f, language);
        return h(
          "li",
          { class: "figure", "data-testid": "figure", "data-id": f.id },
          h("span", { class: value === null ? "figure-value figure-none" : "figure-value" }, value ?? t(language, "noFigureValue")),
          h("span", { class: "figure-label" }, tx(f.label)),
          h("span", { class: "tag" }, `${t(language, "sector")}: ${sectorOf(f.sector)}`),
          f.printed !== null && f.printed !== value ? h("span", { class: "muted small" }, t(language, "printedAs", { printed: f.printed })) : null,
          provenance(f.provenance),
          controls("figure", f.id),
        );
      }),
    ),
  ];

  const impact = () => [
    ...dataset.impacts.map((imp) =>
      item(
        "impact",
        sectorOf(imp.sector),
        imp.headline ? h("p", { class: "headline" }, tx(imp.headline)) : null,
        h("ul", {}, ...imp.points.map((point) => h("li", {}, tx(point)))),
        imp.references.length > 0 ? h("h4", {}, t(language, "references")) : null,
        imp.references.length > 0 ? h("ul", {}, ...imp.references.map((r) => h("li", {}, tx(r)))) : null,
        provenance(imp.provenance),
      ),
    ),
    ...dataset.assessments.map((a) =>
      item("assessment", t(language, "assessment"), ...a.paragraphs.map((p) => h("p", {}, tx(p))), provenance(a.provenance)),
    ),
  ];

  const source = () => {
    const c = dataset.report;
    return [
      h(
        "dl",
        { class: "meta citation", "data-testid": "citation" },
        h("dt", {}, t(language, "citationTitle")),
        h("dd", {}, tx(c.title)),
        h("dt", {}, t(language, "citationDepartment")),
        h("dd", {}, tx(c.department)),
        h("dt", {}, t(language, "citationDivision")),
        h("dd", {}, tx(c.division)),
        h("dt", {}, t(language, "citationPublisher")),
        h("dd", {}, tx(c.publisher)),
        c.note ? h("dt", {}, t(language, "citationNote")) : null,
        c.note ? h("dd", {}, tx(c.note)) : null,
        h("dt", {}, t(language, "datasetVersion")),
        h("dd", {}, dataset.version),
      ),
      h("p", { class: "muted" }, t(language, "sourceIntro")),
    ];
  };

  const browseId = uid("browse");
  return h(
    "section",
    { class: "card", "aria-labelledby": browseId, "data-content": "dataset", "data-testid": "browser" },
    h("h2", { id: browseId }, t(language, "browseTitle")),
    tabs(
      t(language, "tabsLabel"),
      [
        { key: "trends", label: t(language, "tabTrends"), panel: trends },
        { key: "opportunities", label: t(language, "tabOpportunities"), panel: opportunities },
        { key: "threats", label: t(language, "tabThreats"), panel: threats },
        { key: "figures", label: t(language, "tabFigures"), panel: figures },
        { key: "impact", label: t(language, "tabImpact"), panel: impact },
        { key: "source", label: t(language, "tabSource"), panel: source },
      ],
      state.tab,
      (key) => (state.tab = key),
    ),
  );
}
