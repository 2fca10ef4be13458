/**
 * Every text the core shows a person comes from a catalogue: plain data, `{ key: { nl, en } }`,
 * placeholders written {name}. A catalogue is declared `as const satisfies Catalogue`, so the
 * compiler knows each text's placeholders and `speaker` asks for exactly those parameters:
 * a missing or misspelt one is a type error, not a "{table}" left in a message.
 *
 * Parameters are put in as given and never read as placeholders again. Braces around anything
 * but a name (Excel's array constant {1;1;2;1}) are plain text. Logic stays with the caller:
 * a clause shown only sometimes is a key of its own, filled in by the caller or left empty.
 * tests/core/catalogue.test.ts checks every registered catalogue (./catalogues.ts) for a
 * non-empty Dutch and English text with the same placeholders.
 */
import type { Language } from "./language";

/** One text in both languages. */
export type Texts = Readonly<Record<Language, string>>;

export type Catalogue = Readonly<Record<string, Texts>>;

/** A value a placeholder takes: text, or a number written as String() writes it. */
export type Param = string | number;

type NotName = " " | ";" | "," | "." | ":" | "{" | "(" | ")" | '"' | "'" | "-" | "/";

/** The placeholder names in a text: "{table} on {sheet}" gives "table" | "sheet". */
export type Placeholders<S extends string> = S extends `${string}{${infer N}}${infer Rest}`
  ? (N extends "" | `${string}${NotName}${string}` ? never : N) | Placeholders<Rest>
  : never;

type NamesOf<T extends Texts> = Placeholders<T["nl"]> | Placeholders<T["en"]>;

/** The parameters a text takes: none, or an object with exactly its placeholders. */
export type ParamsOf<T extends Texts> = [NamesOf<T>] extends [never] ? [] : [params: Readonly<Record<NamesOf<T>, Param>>];

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholders a text uses, sorted, repeats kept: for the completeness test. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

// A text split once at its placeholders: odd entries are names. Messages are built per distinct
// bad cell of a range, so the pattern is not run again for each.
const COMPILED = new Map<string, readonly string[]>();

function compiled(text: string): readonly string[] {
  let parts = COMPILED.get(text);
  if (parts === undefined) {
    parts = text.split(PLACEHOLDER);
    COMPILED.set(text, parts);
  }
  return parts;
}

/** A text with its placeholders filled in; a placeholder without a parameter stays visible. */
export function fill(text: string, params: Readonly<Record<string, Param>> = {}): string {
  const parts = compiled(text);
  if (parts.length === 1) return text;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/** The reader of one catalogue: `say(language, key, params)`, parameters checked by the compiler. */
export function speaker<C extends Catalogue>(catalogue: C) {
  return <K extends keyof C & string>(language: Language, key: K, ...params: ParamsOf<C[K]>): string =>
    fill(catalogue[key][language], params[0] as Readonly<Record<string, Param>> | undefined);
}
