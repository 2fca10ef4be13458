/**
 * Webpack loader for the message catalogues (src/core/**, src/taskpane/i18n*.json). A key's
 * declared parameters ("invalidRating(argument, value)") are for the compiler; at run time the
 * catalogue is read by name (src/core/catalogue.ts, textsByName). So the bundle gets an object
 * literal by name, `{invalidRating:{nl:"…",en:"…"}}`, as compact as the texts were when written
 * in code, instead of the file's JSON with every key quoted and signed. Texts are copied as they are.
 */
const KEY = /^(\w+)(?:\((\w+(?:, \w+)*)\))?$/;

/**
 * The keys of a JSON object's top level as written, in order, repeats kept: JSON.parse (and so
 * the compiler's JSON import) keeps only the last of two equal keys, silently. `source` must be
 * valid JSON.
 */
function topLevelKeys(source) {
  const keys = [];
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '"') {
      let end = i + 1;
      while (source[end] !== '"') end += source[end] === "\\" ? 2 : 1;
      let next = end + 1;
      while (/\s/.test(source[next] ?? "")) next++;
      if (depth === 1 && source[next] === ":") keys.push(JSON.parse(source.slice(i, end + 1)));
      i = end;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return keys;
}

/** Keys written more than once, and names given to more than one key ("a" and "a(x)"). */
function repeatedKeys(source) {
  const seen = new Set();
  const repeated = [];
  for (const key of topLevelKeys(source)) {
    const name = KEY.exec(key)?.[1] ?? key;
    if (seen.has(name)) repeated.push(key);
    seen.add(name);
  }
  return repeated;
}

function compactCatalogue(source, file = "catalogue") {
  const catalogue = JSON.parse(source);
  const repeated = repeatedKeys(source);
  if (repeated.length > 0) throw new Error(`${file}: catalogue names given twice: ${repeated.map((k) => JSON.stringify(k)).join(", ")}`);
  const entries = Object.entries(catalogue).map(([key, texts]) => {
    const m = KEY.exec(key);
    if (m === null || m[1] === "__proto__") throw new Error(`${file}: malformed catalogue key ${JSON.stringify(key)}`);
    const name = /^[A-Za-z_$]/.test(m[1]) ? m[1] : JSON.stringify(m[1]);
    return `${name}:{nl:${JSON.stringify(texts.nl)},en:${JSON.stringify(texts.en)}}`;
  });
  return `export default {${entries.join(",")}};\n`;
}

module.exports = function catalogueLoader(source) {
  return compactCatalogue(source, this.resourcePath);
};
module.exports.compactCatalogue = compactCatalogue;
module.exports.repeatedKeys = repeatedKeys;
