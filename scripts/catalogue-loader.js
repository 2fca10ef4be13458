/**
 * Webpack loader for the message catalogues (src/core/**, src/taskpane/i18n*.json). A key's
 * declared parameters ("invalidRating(argument, value)") are for the compiler; at run time the
 * catalogue is read by name (src/core/catalogue.ts, textsByName). So the bundle gets an object
 * literal by name, `{invalidRating:{nl:"…",en:"…"}}`, as compact as the texts were when written
 * in code, instead of the file's JSON with every key quoted and signed. Texts are copied as they are.
 */
const KEY = /^(\w+)(?:\((\w+(?:, \w+)*)\))?$/;

function compactCatalogue(source, file = "catalogue") {
  const catalogue = JSON.parse(source);
  const entries = Object.entries(catalogue).map(([key, texts]) => {
    const m = KEY.exec(key);
    if (m === null) throw new Error(`${file}: malformed catalogue key ${JSON.stringify(key)}`);
    const name = /^[A-Za-z_$]/.test(m[1]) ? m[1] : JSON.stringify(m[1]);
    return `${name}:{nl:${JSON.stringify(texts.nl)},en:${JSON.stringify(texts.en)}}`;
  });
  return `export default {${entries.join(",")}};\n`;
}

module.exports = function catalogueLoader(source) {
  return compactCatalogue(source, this.resourcePath);
};
module.exports.compactCatalogue = compactCatalogue;
