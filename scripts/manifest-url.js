// Production builds: the add-in's host URL is set at build time, so one build can be hosted on
// any static web host. Every occurrence of the dev URL is replaced, not only the first, in the
// manifest and in the functions metadata (help links).
const DEV_URL = "https://localhost:3000/";

function normaliseHostUrl(url) {
  if (typeof url !== "string" || url.trim() === "") {
    throw new Error("ADDIN_URL is empty: set it to the https:// address the add-in is hosted at.");
  }
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error(`ADDIN_URL "${url}" is not a URL: set it to the https:// address the add-in is hosted at.`);
  }
  if (parsed.protocol !== "https:") throw new Error(`ADDIN_URL "${url}" must use https:// (Office only loads add-ins over HTTPS).`);
  if (parsed.search || parsed.hash) throw new Error(`ADDIN_URL "${url}" must not have a query or fragment.`);
  const href = parsed.href;
  return href.endsWith("/") ? href : `${href}/`;
}

function withHostUrl(text, hostUrl) {
  const url = normaliseHostUrl(hostUrl);
  return text.split(DEV_URL).join(url);
}

const productionManifest = withHostUrl;

module.exports = { DEV_URL, normaliseHostUrl, withHostUrl, productionManifest };
