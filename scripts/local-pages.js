// @ts-check
// What the browser tests and the start-up benchmark share: a read-only static server for dist/
// on loopback, the local copy of office.js for its CDN URL (the CDN is not reachable
// everywhere), and the Chromium flags this machine needs (no sandbox as root, no background
// traffic to hosts it cannot reach).
const fs = require("fs");
const http = require("http");
const path = require("path");

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIR = path.resolve(__dirname, "../node_modules/@microsoft/office-js/dist");

/** @type {readonly string[]} */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** @returns {string} */
function chromiumPath() {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/**
 * Serves `dir` read-only on an ephemeral loopback port.
 * @param {string} dir
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function serveDir(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url || "/", "http://x").pathname);
    const file = path.normalize(path.join(root, pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve())));
  const { port } = /** @type {import("net").AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}/`, close: () => /** @type {Promise<void>} */ (new Promise((resolve) => server.close(() => resolve()))) };
}

/**
 * The local file behind an office.js CDN URL, or null when the URL is not office.js's or the file is missing.
 * @param {string} url
 * @returns {string | null}
 */
function officeJsFile(url) {
  if (!url.startsWith(OFFICE_CDN)) return null;
  const file = path.join(OFFICE_JS_DIR, url.slice(OFFICE_CDN.length).split("?")[0]);
  return file.startsWith(OFFICE_JS_DIR) && fs.existsSync(file) ? file : null;
}

module.exports = { OFFICE_CDN, OFFICE_JS_DIR, CHROMIUM_ARGS, chromiumPath, serveDir, officeJsFile };
