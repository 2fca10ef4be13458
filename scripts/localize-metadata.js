// @ts-check
// Derives a localized functions.json (e.g. functions.nl.json) from the generated English one and
// a translation table kept in the source tree. Microsoft's metadata generator cannot localize, so
// this fills the gap. Pure: no webpack, no file system, so tests can feed it any metadata.
//
// Excel reads `name` and `description` per locale and matches functions across languages by
// `id`, so ids, parameter order, types and everything else are copied unchanged.
const { EXCEL4_MACRO_NAMES, DUTCH_BUILTIN_FUNCTIONS } = require("./excel-reserved-names");

/**
 * The parts of functions.json read here; every other field is copied as it is.
 * @typedef {{ name: string, description?: string }} ParameterEntry
 * @typedef {{ id: string, name: string, description?: string, helpUrl?: string, parameters?: ParameterEntry[], options?: Record<string, unknown> }} FunctionEntry
 * @typedef {{ stringValue?: string, numberValue?: number, name?: string, tooltip?: string }} EnumValue
 * @typedef {{ id: string, values: EnumValue[] }} EnumEntry
 * @typedef {{ functions?: FunctionEntry[], enums?: EnumEntry[] }} Metadata
 *
 * A translation table (src/core/translations/nl.json); read defensively, since a test or a
 * careless edit may hand anything.
 * @typedef {{ name?: unknown, description?: unknown }} TextEntry
 * @typedef {Record<string, { name?: unknown, tooltip?: unknown }>} EnumTranslation
 * @typedef {{ helpPage?: unknown, functions?: Record<string, TextEntry & { parameters?: Record<string, TextEntry> }>, enums?: Record<string, EnumTranslation> }} TranslationTable
 */
/**
 * @template T
 * @typedef {{ metadata: T, errors: string[], warnings: string[] }} LocalizeResult
 */
/**
 * @template T
 * @typedef {{ source: T, localized: T, aliases: Record<string, string>, errors: string[], warnings: string[] }} BilingualResult
 */

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384; // XFD

/** @param {string} letters */
function columnNumber(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * True for A1 … XFD1048576 and R1C1 … R1048576C16384: Excel would read such a name as a cell.
 * @param {string} name
 * @returns {boolean}
 */
function isCellReference(name) {
  const upper = String(name).toUpperCase();
  const a1 = /^([A-Z]{1,3})([0-9]+)$/.exec(upper);
  if (a1) {
    const row = Number(a1[2]);
    return columnNumber(a1[1]) <= MAX_COLUMNS && row >= 1 && row <= MAX_ROWS;
  }
  const r1c1 = /^R([0-9]+)C([0-9]+)$/.exec(upper);
  if (r1c1) {
    const row = Number(r1c1[1]);
    const column = Number(r1c1[2]);
    return row >= 1 && row <= MAX_ROWS && column >= 1 && column <= MAX_COLUMNS;
  }
  return false;
}

/**
 * What is wrong with a function's display name under Microsoft's naming rules for custom
 * functions, plus the house rule that names are upper case like Excel's own. Empty when valid.
 * @param {unknown} name
 * @returns {string[]}
 */
function functionNameProblems(name) {
  if (typeof name !== "string" || name.trim() === "") return ["is empty"];
  const problems = [];
  if (!/^\p{L}/u.test(name)) problems.push("must start with a letter");
  else if (!/^\p{L}[\p{L}0-9._]*$/u.test(name)) problems.push("may only contain letters, digits 0-9, periods and underscores");
  if (name.length < 3) problems.push("must be at least three characters");
  if (name.length > 128) problems.push("must be at most 128 characters");
  if (name !== name.toUpperCase()) problems.push("must be upper case, like Excel's built-in functions");
  if (isCellReference(name)) problems.push("reads as a cell reference (A1 … XFD1048576, R1C1 … R1048576C16384)");
  if (EXCEL4_MACRO_NAMES.has(name.toUpperCase())) problems.push("is an Excel 4.0 macro function name");
  return problems;
}

/**
 * Parameter names show in Excel's argument tooltip; keep them one plain word.
 * @param {unknown} name
 * @returns {string[]}
 */
function parameterNameProblems(name) {
  if (typeof name !== "string" || name.trim() === "") return ["is empty"];
  if (!/^\p{L}[\p{L}0-9_]*$/u.test(name)) return ["must be a letter followed by letters, digits or underscores"];
  return [];
}

/**
 * @param {unknown} value
 * @returns {value is string}
 */
function isNonEmptyText(value) {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * The help page of the locale, with the English page's anchor (one anchor per function id).
 * @param {string} helpUrl
 * @param {string} helpPage
 * @returns {string}
 */
function localizedHelpUrl(helpUrl, helpPage) {
  const url = new URL(helpUrl);
  const segments = url.pathname.split("/");
  segments[segments.length - 1] = helpPage;
  url.pathname = segments.join("/");
  return url.href;
}

/**
 * @template {object} T
 * @param {T} metadata the generated English functions.json, parsed
 * @param {unknown} table the translation table (see src/core/translations/nl.json)
 * @param {string} [locale] a label for messages, e.g. "nl"
 * @returns {LocalizeResult<T>}
 *   errors: a function, parameter or enum value without translation, an invalid or duplicate
 *   name; warnings: translations of functions or parameters that do not exist (yet).
 */
function localizeMetadata(metadata, table, locale = "nl") {
  const english = /** @type {Metadata} */ (metadata);
  const tables = /** @type {TranslationTable} */ (table || {});
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const warnings = [];
  const functions = english && Array.isArray(english.functions) ? english.functions : [];
  const translations = tables.functions || {};
  const englishIds = new Set(functions.map((f) => String(f.id).toUpperCase()));
  const seenNames = new Map();

  const localizedFunctions = functions.map((f) => {
    const t = translations[f.id];
    const where = `${f.id}`;
    if (!t) {
      errors.push(`${where}: no ${locale} translation (add "${f.id}" to the translation table)`);
      return f;
    }
    const out = { ...f };

    if (!isNonEmptyText(t.name)) errors.push(`${where}: the ${locale} name is missing`);
    else {
      out.name = t.name;
      for (const p of functionNameProblems(t.name)) errors.push(`${where}: the ${locale} name "${t.name}" ${p}`);
      const key = t.name.toUpperCase();
      if (seenNames.has(key)) errors.push(`${where}: the ${locale} name "${t.name}" is also the name of ${seenNames.get(key)}`);
      else seenNames.set(key, f.id);
      // A translated name equal to another function's id would swap functions between languages.
      if (englishIds.has(key) && key !== String(f.id).toUpperCase()) {
        errors.push(`${where}: the ${locale} name "${t.name}" is the id of another function`);
      }
      // Kept ids are namespaced (SE.TREND) and fixed forever; a translation must not add a clash.
      if (key !== String(f.id).toUpperCase() && DUTCH_BUILTIN_FUNCTIONS.has(key)) {
        errors.push(`${where}: the ${locale} name "${t.name}" is a built-in Excel function in Dutch`);
      }
    }

    if (!isNonEmptyText(t.description)) errors.push(`${where}: the ${locale} description is missing`);
    else out.description = t.description;

    if (f.helpUrl) {
      if (isNonEmptyText(tables.helpPage)) out.helpUrl = localizedHelpUrl(f.helpUrl, tables.helpPage);
    } else {
      warnings.push(`${where}: no @helpurl, so Excel shows no help link`);
    }

    const tParams = t.parameters || {};
    const englishParams = Array.isArray(f.parameters) ? f.parameters : [];
    const seenParams = new Set();
    out.parameters = englishParams.map((p) => {
      const tp = tParams[p.name];
      const pWhere = `${where}(${p.name})`;
      if (!tp) {
        errors.push(`${pWhere}: no ${locale} translation for parameter "${p.name}"`);
        return p;
      }
      const lp = { ...p };
      if (!isNonEmptyText(tp.name)) errors.push(`${pWhere}: the ${locale} parameter name is missing`);
      else {
        lp.name = tp.name;
        for (const problem of parameterNameProblems(tp.name)) errors.push(`${pWhere}: the ${locale} parameter name "${tp.name}" ${problem}`);
        if (seenParams.has(tp.name.toLowerCase())) errors.push(`${pWhere}: the ${locale} parameter name "${tp.name}" is used twice`);
        seenParams.add(tp.name.toLowerCase());
      }
      if (!isNonEmptyText(tp.description)) errors.push(`${pWhere}: the ${locale} parameter description is missing`);
      else lp.description = tp.description;
      return lp;
    });
    for (const extra of Object.keys(tParams)) {
      if (!englishParams.some((p) => p.name === extra)) warnings.push(`${where}: translated parameter "${extra}" does not exist (yet)`);
    }
    return out;
  });

  for (const id of Object.keys(translations)) {
    if (!functions.some((f) => f.id === id)) warnings.push(`${id}: translated, but not in functions.json (yet)`);
  }

  /** @type {Metadata} */
  const localized = { ...english, functions: localizedFunctions };
  if (english && Array.isArray(english.enums)) {
    localized.enums = english.enums.map((e) => localizeEnum(e, (tables.enums || {})[e.id], locale, errors));
  }
  return { metadata: /** @type {T} */ (/** @type {unknown} */ (localized)), errors, warnings };
}

/**
 * Excel localizes an enum value's name and tooltip; the value itself stays, so the function body
 * never sees a translated value.
 * @param {EnumEntry} e
 * @param {EnumTranslation | undefined} t
 * @param {string} locale
 * @param {string[]} errors
 * @returns {EnumEntry}
 */
function localizeEnum(e, t, locale, errors) {
  if (!t) {
    errors.push(`enum ${e.id}: no ${locale} translation`);
    return e;
  }
  return {
    ...e,
    values: e.values.map((v) => {
      const value = v.stringValue !== undefined ? v.stringValue : String(v.numberValue);
      const tv = t[value];
      if (!tv || !isNonEmptyText(tv.name) || !isNonEmptyText(tv.tooltip)) {
        errors.push(`enum ${e.id} value "${value}": ${locale} name or tooltip missing`);
        return v;
      }
      return { ...v, name: tv.name, tooltip: tv.tooltip };
    }),
  };
}

/** What a function id may be (Microsoft's rule): A-Z, 0-9, underscore and period, starting with a letter. */
const ID_PATTERN = /^[A-Z][A-Z0-9_.]*$/;

/**
 * Both languages' names in both metadata files. Excel resolves a custom function in a formula
 * only by the name of the metadata it loaded: a formula written through range.formulas with
 * the English name shows #NAME? in an Excel that loaded translated names (OfficeDev/office-js
 * #891, #6614), and a Dutch name typed in Dutch Excel is unknown in English Excel. So every
 * function whose translated name differs gets a second function with that name as its own id
 * (POTENTIEEL next to POTENTIAL; the runtime associates both ids with one implementation), and
 * no file renames an id: each name is the same function in every Excel language, and a workbook
 * moves between languages. The other language's names are kept out of AutoComplete in each file.
 *
 * @template {object} T
 * @param {T} metadata the generated English functions.json, parsed
 * @param {unknown} table the translation table
 * @param {string} [locale] a label for messages, e.g. "nl"
 * @returns {BilingualResult<T>}
 *   source: the English file with the aliases added; localized: the `locale` file;
 *   aliases: alias id → the id of the function it calls.
 */
function bilingualMetadata(metadata, table, locale = "nl") {
  const english = /** @type {Metadata} */ (metadata);
  const result = localizeMetadata(english, table, locale);
  const { errors, warnings } = result;
  const translated = result.metadata;
  const functions = english && Array.isArray(english.functions) ? english.functions : [];
  const translatedFunctions = translated.functions || [];
  /** @type {Record<string, string>} */
  const aliases = {};
  /** @param {FunctionEntry} f */
  const hidden = (f) => ({ ...f, options: { ...(f.options || {}), excludeFromAutoComplete: true } });
  /** @type {FunctionEntry[]} */
  const source = [];
  /** @type {FunctionEntry[]} */
  const localized = [];
  functions.forEach((f, i) => {
    const t = translatedFunctions[i];
    const alias = String(t.name).toUpperCase();
    const differs = alias !== String(f.name).toUpperCase();
    if (differs && !ID_PATTERN.test(alias)) errors.push(`${f.id}: the ${locale} name "${t.name}" cannot also be a function id (A-Z, 0-9, _ and . only)`);
    source.push(f);
    localized.push(differs ? hidden({ ...t, id: f.id, name: f.name }) : t);
    if (!differs) return;
    aliases[alias] = f.id;
    source.push(hidden({ ...f, id: alias, name: alias }));
    localized.push({ ...t, id: alias, name: alias });
  });
  /** @param {Metadata} m */
  const asGiven = (m) => /** @type {T} */ (/** @type {unknown} */ (m));
  return {
    source: asGiven({ ...english, functions: source }),
    localized: asGiven({ ...translated, functions: localized }),
    aliases,
    errors,
    warnings,
  };
}

module.exports = { localizeMetadata, bilingualMetadata, functionNameProblems, parameterNameProblems, isCellReference, localizedHelpUrl };
