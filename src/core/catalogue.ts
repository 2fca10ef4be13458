/**
 * Every text the core shows a person comes from a catalogue: a JSON file beside the module that
 * speaks it, `{ "<key>": { "nl": "…", "en": "…" } }`, placeholders written {name}. Texts are data,
 * not code; what the compiler still checks comes from the keys. TypeScript's JSON import keeps
 * property names as literal types (the texts widen to `string`), so a text with placeholders
 * declares them in its key: `"invalidRating(argument, value, accepted)"`, names separated by ", ".
 * A key without placeholders is its name alone. `speaker` reads the name and the parameters from
 * the key: callers write `say(language, "invalidRating", { argument, value, accepted })`, and for
 * a name written out, a missing, extra or misspelt parameter or name is a type error, not a
 * "{table}" left in a message. A variable holding one of several names is checked against their
 * parameters together; a name the compiler cannot check fails at run time with the name.
 *
 * Parameters are put in as given and never read as placeholders again. Braces around anything
 * but a name (Excel's array constant {1;1;2;1}) are plain text. Logic stays with the caller:
 * a clause shown only sometimes is a key of its own, filled in by the caller or left empty.
 * tests/core/catalogue.test.ts checks every catalogue file under src/core: a non-empty Dutch and
 * English text, each using exactly the placeholders its key declares, and no name twice (as
 * written in the file: tests/build/catalogue-loader.test.ts, since JSON.parse keeps only the last).
 */
import type { Language } from "./language";

/** One text in both languages. */
export type Texts = Readonly<Record<Language, string>>;

export type Catalogue = Readonly<Record<string, Texts>>;

/** A value a placeholder takes: text, or a number written as String() writes it. */
export type Param = string | number;

/** The name of a key as the catalogue writes it: "invalidRating(argument, value)" gives "invalidRating". */
export type NameOf<K extends string> = K extends `${infer N}(${string})` ? N : K;

type Split<S extends string> = S extends `${infer A}, ${infer B}` ? A | Split<B> : S;

/** The parameters a key declares: "invalidRating(argument, value)" gives "argument" | "value". */
export type ParamNamesOf<K extends string> = K extends `${string}(${infer P})` ? Split<P> : never;

/**
 * Each name of a catalogue with the parameters its key declares. A catalogue whose keys are not
 * known (typed as any `Catalogue`) has no names, rather than every name with no parameters.
 */
export type Signatures<C> = string extends keyof C ? Record<never, never> : { [K in keyof C & string as NameOf<K>]: ParamNamesOf<K> };

/** The parameters a text takes: none, or an object with exactly the declared ones. */
export type ParamsFor<P> = [P] extends [never] ? [] : [params: Readonly<Record<P & string, Param>>];

const KEY = /^(\w+)(?:\((\w+(?:, \w+)*)\))?$/;

/** A catalogue key read as the types read it: its name and declared parameters (null if malformed). */
export function parseKey(key: string): { name: string; params: string[] } | null {
  const m = KEY.exec(key);
  return m === null ? null : { name: m[1], params: m[2] === undefined ? [] : m[2].split(", ") };
}

/** The texts of a catalogue by name, built once when its speaker is made. */
export function textsByName(catalogue: Catalogue): Map<string, Texts> {
  const byName = new Map<string, Texts>();
  for (const key of Object.keys(catalogue)) byName.set(parseKey(key)?.name ?? key, catalogue[key]);
  return byName;
}

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

/** The text of a name, or an error that names it (a name the compiler could not check). */
export function textOf(texts: ReadonlyMap<string, Texts>, name: string, language: Language): string {
  const entry = texts.get(name);
  if (entry === undefined) throw new Error(`no text named "${name}"`);
  return entry[language];
}

/** The reader of one catalogue: `say(language, name, params)`, parameters checked by the compiler. */
export function speaker<C extends Catalogue>(catalogue: C) {
  const texts = textsByName(catalogue);
  return <N extends keyof Signatures<C> & string>(language: Language, name: N, ...params: ParamsFor<Signatures<C>[N]>): string =>
    fill(textOf(texts, name, language), params[0] as Readonly<Record<string, Param>> | undefined);
}
