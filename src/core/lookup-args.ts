/**
 * Reading the scalar arguments of the lookup functions (id, key, field, language) as Excel passes
 * them. Every reader returns a value or a CellError; nothing throws, because Excel calls these once
 * per cell and one bad cell must not break the others.
 */
import { basicValueOf } from "./cell-value";
import { CellError, showValue } from "./errors";
import { LANGUAGES, parseLanguage, type Language } from "./language";
import { sayLookup } from "./lookup-text";
import { skipSpacesAndDashes, underscoreKey, wholeNumberDigits } from "./text-scan";
import { FIELD_NAMES, dutchFieldWords, type Field } from "./vocabulary";

export function readLanguage(value: unknown): Language | CellError {
  const language = parseLanguage(value);
  if (language !== null) return language;
  // The language is what failed, so the message cannot rely on it: it says it in both.
  return new CellError(
    "#VALUE!",
    `Argument language: ${showValue(value)} is geen geldige taal / is not a valid language. ` +
      `Geldige waarden / valid values: ${LANGUAGES.join(", ")} (leeg = nl / empty = nl).`,
  );
}

/** How one kind of item is named in messages and which prefixes its ids may carry ("T1", "K1"). */
export interface ItemKind {
  readonly nl: string;
  readonly en: string;
  readonly prefixes: readonly string[];
}

/** Item ids indexed case-insensitively, with the list shown in messages. */
export interface IdIndex<T> {
  readonly byKey: ReadonlyMap<string, T>;
  readonly ids: readonly string[];
}

export function indexById<T extends { id: string }>(items: readonly T[]): IdIndex<T> {
  return { byKey: new Map(items.map((item) => [item.id.toLowerCase(), item])), ids: items.map((item) => item.id) };
}

/** The prefixes longest first, so "TH1" is not read as "T" + "H1"; sorted once per kind. */
const SORTED_PREFIXES = new WeakMap<ItemKind, readonly string[]>();

function prefixesOf(kind: ItemKind): readonly string[] {
  let sorted = SORTED_PREFIXES.get(kind);
  if (sorted === undefined) {
    sorted = [...kind.prefixes].map((p) => p.toLowerCase()).sort((a, b) => b.length - a.length);
    SORTED_PREFIXES.set(kind, sorted);
  }
  return sorted;
}

/** A candidate key as the index stores it: "01", "1.0" and "1,0" read as "1". */
function asKey(text: string): string {
  return wholeNumberDigits(text) ?? text;
}

/**
 * The keys a typed id may stand for: itself, and without each prefix ("T-01" → "1"). Every step
 * is a character scan, so a 32,767-character cell costs a few passes over it, never more.
 */
function idCandidates(text: string, kind: ItemKind): string[] {
  const lower = text.toLowerCase();
  const candidates = [asKey(lower)];
  for (const p of prefixesOf(kind)) {
    if (lower.startsWith(p) && lower.length > p.length) candidates.push(asKey(lower.slice(skipSpacesAndDashes(lower, p.length))));
  }
  return candidates;
}

function validIds(index: IdIndex<unknown>, kind: ItemKind, language: Language): string {
  const list = index.ids.join(", ");
  if (kind.prefixes.length === 0 || index.ids.length === 0) return list;
  const example = kind.prefixes.map((p) => `${p}${index.ids[0]}`).join(sayLookup(language, "or"));
  return sayLookup(language, "idsWithPrefix", { ids: list, example });
}

export function readItem<T>(value: unknown, index: IdIndex<T>, kind: ItemKind, language: Language): T | CellError {
  // A data type is read by the number or text it stands for (./cell-value.ts).
  if (typeof value === "object" && value !== null) value = basicValueOf(value) ?? value;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || !Number.isInteger(value)) {
      const valid = validIds(index, kind, language);
      return new CellError("#VALUE!", sayLookup(language, "idNotWhole", { value: showValue(value), valid }));
    }
    const found = index.byKey.get(String(value));
    if (found !== undefined) return found;
    // No id is 0, and some desktop builds pass an empty cell as 0 (OfficeDev/office-js #4702,
    // #5262): the message says both, so a blank row reads the same on every build.
    if (value === 0) return new CellError("#N/A", sayLookup(language, "idZero", { kind: kind[language], valid: validIds(index, kind, language) }));
    return unknownId(value, index, kind, language);
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (text !== "") {
      for (const candidate of idCandidates(text, kind)) {
        const found = index.byKey.get(candidate);
        if (found !== undefined) return found;
      }
    }
    return unknownId(value, index, kind, language);
  }
  if (value === null || value === undefined) return unknownId(value, index, kind, language);
  const valid = validIds(index, kind, language);
  return new CellError("#VALUE!", sayLookup(language, "idNotId", { value: showValue(value), valid }));
}

function unknownId(value: unknown, index: IdIndex<unknown>, kind: ItemKind, language: Language): CellError {
  const name = kind[language];
  const valid = validIds(index, kind, language);
  const empty = value === null || value === undefined || (typeof value === "string" && value.trim() === "");
  return new CellError(
    "#N/A",
    empty ? sayLookup(language, "idEmpty", { kind: name, valid }) : sayLookup(language, "idUnknown", { kind: name, value: showValue(value), valid }),
  );
}

/** Figure keys are typed by hand, so "Care budget share" and "care-budget-share" mean care_budget_share. */
export function normaliseKey(text: string): string {
  return underscoreKey(text);
}

export function readFigure<T>(value: unknown, index: IdIndex<T>, language: Language): T | CellError {
  if (typeof value === "object" && value !== null) value = basicValueOf(value) ?? value;
  if (typeof value === "string") {
    const key = normaliseKey(value);
    const found = key === "" ? undefined : index.byKey.get(key);
    if (found !== undefined) return found;
  }
  const valid = index.ids.join(", ");
  if (typeof value === "string") {
    const key = normaliseKey(value);
    return new CellError(
      "#N/A",
      key === "" ? sayLookup(language, "keyEmpty", { valid }) : sayLookup(language, "keyUnknown", { value: showValue(value), valid }),
    );
  }
  if (value === null || value === undefined) {
    return new CellError("#N/A", sayLookup(language, "keyEmpty", { valid }));
  }
  // An empty cell on some desktop builds (see readItem): #N/A like an empty key, not "not text".
  if (value === 0) return new CellError("#N/A", sayLookup(language, "keyZero", { valid }));
  return new CellError("#VALUE!", sayLookup(language, "keyNotText", { value: showValue(value), valid }));
}

/** The fields one function offers: English names, Dutch aliases and the field an empty argument means. */
export interface FieldSpec<F extends string> {
  readonly fields: readonly F[];
  readonly aliases: Readonly<Record<string, F>>;
  readonly fallback: F;
}

/**
 * The spec of a function's fields: each field's Dutch words from the vocabulary become its aliases
 * (the lookups accept "titel" for title, "beschrijving" and "omschrijving" for description).
 */
export function fieldSpec<F extends string>(fields: readonly F[], fallback: F): FieldSpec<F> {
  const aliases: Record<string, F> = {};
  for (const field of fields) {
    if (Object.prototype.hasOwnProperty.call(FIELD_NAMES, field)) for (const word of dutchFieldWords(field as string as Field)) aliases[word] = field;
  }
  return { fields, aliases, fallback };
}

function validFields<F extends string>(spec: FieldSpec<F>): string {
  return spec.fields
    .map((field) => {
      const aliases = Object.keys(spec.aliases).filter((alias) => spec.aliases[alias] === field);
      return aliases.length > 0 ? `${field} (${aliases.join(", ")})` : field;
    })
    .join(", ");
}

export function readField<F extends string>(value: unknown, spec: FieldSpec<F>, language: Language): F | CellError {
  if (value === null || value === undefined) return spec.fallback;
  if (typeof value !== "string") {
    return new CellError("#VALUE!", sayLookup(language, "fieldNotName", { value: showValue(value), valid: validFields(spec) }));
  }
  const name = value.trim().toLowerCase();
  if (name === "") return spec.fallback;
  // Own properties only: "constructor" is not a field.
  const field = (spec.fields as readonly string[]).includes(name)
    ? (name as F)
    : Object.prototype.hasOwnProperty.call(spec.aliases, name)
      ? spec.aliases[name]
      : undefined;
  if (field !== undefined) return field;
  return new CellError("#N/A", sayLookup(language, "fieldUnknown", { value: showValue(value), valid: validFields(spec) }));
}
