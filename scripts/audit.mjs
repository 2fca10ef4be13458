// CI supply-chain gate: `npm audit --omit=dev --audit-level=high`, failing on findings that are
// not on the reviewed allow-list (.audit-allowlist.json). When the audit service cannot be
// reached it warns instead of failing (AUDIT_STRICT=1 makes that fail too); see
// docs/RELIABILITY.md for why.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { decide } = require("./audit-decision.js");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const allowlistFile = path.join(root, ".audit-allowlist.json");
const threshold = "high";

const npm = spawnSync("npm", ["audit", "--omit=dev", `--audit-level=${threshold}`, "--json"], {
  cwd: root,
  encoding: "utf8",
  timeout: 180_000,
  maxBuffer: 64 * 1024 * 1024,
  shell: process.platform === "win32",
});
if (npm.stderr) process.stderr.write(npm.stderr);

let allowlist = { entries: [] };
if (existsSync(allowlistFile)) {
  try {
    allowlist = JSON.parse(readFileSync(allowlistFile, "utf8"));
  } catch (e) {
    console.error(`.audit-allowlist.json is not valid JSON: ${e.message}`);
    process.exit(1);
  }
}

// A timeout or a missing npm leaves no output: that is "could not run", not "found nothing".
const stdout = npm.error ? JSON.stringify({ message: `npm audit did not finish: ${npm.error.message}`, code: "ETIMEDOUT" }) : npm.stdout;
const result = decide(stdout, { threshold, allowlist, strict: process.env.AUDIT_STRICT === "1" });
const print = result.outcome === "pass" ? console.log : result.outcome === "unreachable" && result.exitCode === 0 ? console.warn : console.error;
for (const line of result.lines) print(line);
process.exit(result.exitCode);
