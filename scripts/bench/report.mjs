// The bench's report: the machine it ran on, and one line per check with its target and verdict.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

export const M = (x) => `${(x / 1e6).toFixed(2)} M rows/s`;
export const kB = (x) => `${(x / 1000).toFixed(1)} kB`;

export function machine() {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  let chromium = null;
  try {
    const bin = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
    chromium = execFileSync(bin, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    /* startup section reports its own failure */
  }
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown",
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    chromium,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/**
 * Prints one line per check and returns the failing ones: "budget" and "ratio" checks fail the
 * run, "target" checks only with --strict, "watch" never (shown as a miss).
 */
export function printChecks(checks, host, strict) {
  const TARGET_TEXT = {
    watch: (c) => c.targetText ?? `≤ ${c.target}×`,
    budget: (c) => c.targetText ?? (typeof c.target === "number" ? `≤ ${c.name.includes("gzip") ? kB(c.target) : c.target}` : c.target),
    ratio: (c) => c.targetText ?? `≤ ${c.target}×`,
    target: (c) => c.targetText ?? (c.name.includes("start-up") ? `≤ ${c.target} ms` : `≥ ${M(c.target)}`),
    info: () => "",
  };
  const failing = (c) => !c.pass && (c.kind === "budget" || c.kind === "ratio" || (strict && c.kind === "target"));
  const rows = checks.map((c) => [c.name, c.shown, TARGET_TEXT[c.kind](c), c.kind === "info" ? "" : c.pass ? "ok" : failing(c) ? "FAIL" : "miss"]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`\nmachine: ${host.nproc} × ${host.cpu}, node ${host.node}, load ${host.loadAverage.join(" ")}`);
  for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
  return checks.filter(failing);
}
