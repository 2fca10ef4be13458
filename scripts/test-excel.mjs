// `npm run test:excel`: the acceptance scenarios (src/taskpane/selftest/scenarios.ts, the same
// ones `npm test` runs on the fake and the pane's Self-test runs for analysts) in real Excel
// desktop on Windows or macOS.
//
//   1. development build (dist/, addresses https://localhost:3000);
//   2. serves dist/ on https://localhost:3000 with the Office development certificate, plus
//      POST /se-acceptance/results, where the pane sends its report (same origin: no second port,
//      certificate or CORS; office-addin-test-server would add both and an older dev-certs);
//   3. sideloads a copy of manifest.xml whose pane address carries ?se-acceptance=1, through
//      office-addin-debugging fetched on demand (as `npm start` does: keytar stays out of npm ci);
//      the pane then runs every scenario on temporary sheets and posts the report;
//   4. prints the report, writes test-results/excel-acceptance.{json,txt}, stops the sideload and
//      exits 0 only when every scenario passed.
//
// Without Excel desktop (Linux, CI) it says so and exits 2: nothing was tested, which is no pass.
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import https from "node:https";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const platform = process.env.SE_TEST_EXCEL_PLATFORM || process.platform;
const PORT = 3000;
const RESULTS_PATH = "/se-acceptance/results";
const TIMEOUT_S = Number(process.env.SE_TEST_EXCEL_TIMEOUT_S || 600);

if (platform !== "win32" && platform !== "darwin") {
  console.error(
    [
      `npm run test:excel: no Excel desktop on this machine (${platform}). It needs Excel on Windows or macOS.`,
      "Nothing was tested, so this is not a pass (exit code 2).",
      "What you can run here: `npm test` runs the same scenarios on the fake workbook (tests/acceptance);",
      "in any Excel, also Excel on the web, the pane's Self-test button runs them in the open workbook.",
    ].join("\n"),
  );
  process.exit(2);
}

const npx = platform === "win32" ? "npx.cmd" : "npx";
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

function build() {
  console.log("Building (development) …");
  const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("the build failed");
}

function acceptanceManifest() {
  const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");
  const marked = xml.replaceAll("https://localhost:3000/taskpane.html\"", "https://localhost:3000/taskpane.html?se-acceptance=1\"");
  if (marked === xml) throw new Error("manifest.xml has no https://localhost:3000/taskpane.html to mark");
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "se-trends-excel-")), "manifest.xml");
  writeFileSync(file, marked);
  return file;
}

async function serve(onResults) {
  const { devHttpsOptions } = require("./dev-certs.js");
  const dist = path.join(root, "dist");
  const server = https.createServer(await devHttpsOptions(), (req, res) => {
    const url = new URL(req.url || "/", "https://x");
    if (req.method === "POST" && url.pathname === RESULTS_PATH) {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        try {
          onResults(JSON.parse(body));
          res.writeHead(200).end("ok");
        } catch {
          res.writeHead(400).end("not JSON");
        }
      });
      return;
    }
    const file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => server.once("error", reject).listen(PORT, "localhost", resolve));
  return server;
}

function debugging(args) {
  return spawn(npx, ["--yes", "office-addin-debugging@7", ...args], { cwd: root, stdio: "inherit", shell: platform === "win32" });
}

async function main() {
  build();
  const manifest = acceptanceManifest();
  let deliver;
  const results = new Promise((resolve) => (deliver = resolve));
  const server = await serve((payload) => deliver(payload));
  // The server is already listening on the dev-server port, so office-addin-debugging only sideloads.
  debugging(["start", manifest, "desktop", "--app", "excel", "--dev-server-port", String(PORT)]);
  console.log(
    [
      "",
      "Excel opens with SE Trends sideloaded. If the pane does not open by itself, choose Data › SE Trends:",
      "it runs the self-test on temporary sheets and sends the report here.",
      `Waiting up to ${TIMEOUT_S} s for the result …`,
    ].join("\n"),
  );
  const timer = new Promise((resolve) => setTimeout(() => resolve(null), TIMEOUT_S * 1000));
  const payload = await Promise.race([results, timer]);
  await new Promise((resolve) => debugging(["stop", manifest]).on("exit", resolve));
  server.close();
  if (!payload) {
    console.error(`No result arrived within ${TIMEOUT_S} s: nothing was tested, so this is not a pass.`);
    return 1;
  }
  const out = path.join(root, "test-results");
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "excel-acceptance.json"), JSON.stringify(payload.report, null, 2));
  writeFileSync(path.join(out, "excel-acceptance.txt"), `${payload.text}\n`);
  console.log(`\n${payload.text}\n\nSaved in test-results/excel-acceptance.{json,txt}.`);
  return payload.report && payload.report.failed === 0 && payload.report.results.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm run test:excel failed: ${error instanceof Error ? error.message : String(error)}. Nothing was tested to the end: not a pass.`);
    process.exit(1);
  },
);
