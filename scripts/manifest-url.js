// @ts-check
// Production builds: the add-in's host URL is set at build time, so one build can be hosted on
// any static web host. Every occurrence of the dev URL is replaced, not only the first, in the
// manifest (XML-escaped) and in the functions metadata (help links, JSON).
//
// The URL is build input from the environment or package.json, so it is checked like any other
// input: https, no credentials (they would ship inside the manifest to every user), no query or
// fragment, and in production not a loopback host (the add-in would load from each user's own
// machine). Anything else stops the build with a message saying what is accepted.
const DEV_URL = "https://localhost:3000/";

const ACCEPTED = "set it to the https:// address the add-in is hosted at, e.g. https://addins.example.be/se-trends/";

/**
 * Hosts that are the user's own machine: localhost, *.localhost, 127.0.0.0/8, ::1, 0.0.0.0, ::.
 * @param {string} hostname
 */
function isLoopback(hostname) {
  const h = hostname.toLowerCase().replace(/\.$/, "");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === "0.0.0.0") return true;
  // The URL parser writes IPv6 hosts in brackets, compressed: [::1], [::], [::ffff:7f00:1].
  return h === "[::1]" || h === "[::]" || /^\[::ffff:(7f[0-9a-f]{2}:[0-9a-f]{1,4}|0:0)\]$/.test(h);
}

/**
 * The checked, normalised host URL (ending in "/"), or an Error naming the problem.
 * `production: false` allows loopback hosts (a local test of a production build).
 * @param {unknown} url
 * @param {{ production?: boolean }} [options]
 * @returns {string}
 */
function normaliseHostUrl(url, { production = true } = {}) {
  if (typeof url !== "string" || url.trim() === "") {
    throw new Error(`ADDIN_URL is empty: ${ACCEPTED}.`);
  }
  const shown = JSON.stringify(url.length > 200 ? `${url.slice(0, 200)}…` : url);
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error(`ADDIN_URL ${shown} is not a URL: ${ACCEPTED}.`);
  }
  if (parsed.protocol !== "https:") throw new Error(`ADDIN_URL ${shown} must use https:// (Office only loads add-ins over HTTPS): ${ACCEPTED}.`);
  if (parsed.username || parsed.password) {
    throw new Error(`ADDIN_URL ${shown} must not contain a user name or password (the manifest is public): ${ACCEPTED}.`);
  }
  if (parsed.search || parsed.hash || url.includes("?") || url.includes("#")) throw new Error(`ADDIN_URL ${shown} must not have a query or fragment: ${ACCEPTED}.`);
  if (production && isLoopback(parsed.hostname)) {
    throw new Error(`ADDIN_URL ${shown} points to the user's own machine (${parsed.hostname}); a production build needs the public host: ${ACCEPTED}.`);
  }
  const href = parsed.href;
  return href.endsWith("/") ? href : `${href}/`;
}

/**
 * The URL as XML character data or attribute text.
 * @param {string} text
 * @returns {string}
 */
function xmlEscape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * The URL inside a JSON string.
 * @param {string} text
 */
function jsonEscape(text) {
  return JSON.stringify(text).slice(1, -1);
}

/**
 * Replaces the dev URL in JSON text (the functions metadata).
 * @param {string} text
 * @param {string} hostUrl
 * @returns {string}
 */
function withHostUrl(text, hostUrl) {
  return text.split(DEV_URL).join(jsonEscape(normaliseHostUrl(hostUrl)));
}

/**
 * Replaces the dev URL in the manifest, XML-escaped.
 * @param {string} xml
 * @param {string} hostUrl
 * @returns {string}
 */
function productionManifest(xml, hostUrl) {
  return xml.split(DEV_URL).join(xmlEscape(normaliseHostUrl(hostUrl)));
}

module.exports = { DEV_URL, normaliseHostUrl, withHostUrl, productionManifest, xmlEscape };
