/**
 * The pane's own words in Dutch and English, in ./i18n.json: the same catalogue format as the
 * core's (src/core/catalogue.ts), so a key with placeholders declares them ("version(version)")
 * and `t` holds each call to exactly those parameters. Kept apart from the dataset's texts (which
 * carry their own {nl, en} pairs) and free of DOM code, so completeness is unit-tested in Node.
 *
 * This table holds what the pane's first screen needs (it is in taskpane.js), and the few messages
 * the Excel writer reports through the pane's busy and status lines (time-out, import failures:
 * about 1 kB); the larger parts that come in lazy chunks bring their own words with them
 * (i18n-browse.json, i18n-selftest.json) and reach these through `withWords`. A name lives in
 * exactly one table.
 *
 * writeFailed reports a failed write batch: Excel does not undo a request that fails halfway, so
 * the failing part is "not or only partly" written; its {written} and {unwritten} are the texts
 * writeFailedWritten and writeFailedUnwritten, or empty.
 */
import { fill, placeholdersOf, textOf, textsByName, type Catalogue, type ParamsFor, type Signatures } from "../core/catalogue";
import { parseLanguage, type Language } from "../core/language";
import STRINGS from "./i18n.json";

export type { Language };
export { placeholdersOf };

type Own = Signatures<typeof STRINGS>;

/** A name in the first screen's table. */
export type StringKey = keyof Own & string;

/** A name whose text has no placeholders: what a view may keep in a variable and show as it is. */
export type PlainKey = { [N in StringKey]: [Own[N]] extends [never] ? N : never }[StringKey];

/** A lazy part's own words: a catalogue in the same format. */
export type Words = Catalogue;

const TEXTS = textsByName(STRINGS);

/** The text of a name with its {placeholders} filled in from exactly the parameters its key declares. */
export function t<N extends StringKey>(language: Language, key: N, ...params: ParamsFor<Own[N]>): string {
  return fill(textOf(TEXTS, key, language), params[0]);
}

/** A `t` for a lazy part: its own words and these, one vocabulary; its map is built once. */
export function withWords<W extends Words>(words: W) {
  const own = textsByName(words);
  type Both = Own & Signatures<W>;
  return <N extends keyof Both & string>(language: Language, key: N, ...params: ParamsFor<Both[N]>): string =>
    fill(textOf(own.has(key) ? own : TEXTS, key, language), params[0]);
}

/**
 * The pane's language from Office's display language: Dutch for nl-*, English for any other
 * known language, Dutch when Office does not say (the report and its readers are Flemish).
 */
export function uiLanguageFor(displayLanguage: unknown): Language {
  if (typeof displayLanguage !== "string" || displayLanguage.trim() === "") return "nl";
  return parseLanguage(displayLanguage) === "nl" ? "nl" : "en";
}

const STORAGE_KEY = "se-trends:ui-language";

/** The analyst's own choice from the switch wins over Office's language on the next start. */
export function storedLanguage(storage: Pick<Storage, "getItem"> | undefined): Language | null {
  try {
    const v = storage?.getItem(STORAGE_KEY);
    return v === "nl" || v === "en" ? v : null;
  } catch {
    // Storage may be blocked (privacy settings, some Office webviews): fall back silently.
    return null;
  }
}

export function storeLanguage(storage: Pick<Storage, "setItem"> | undefined, language: Language): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is harmless.
  }
}
