// Install footprint: `npm ci` from no node_modules with the npm cache as it is (warm on a
// developer machine or CI runner), in a temporary copy of package.json and package-lock.json so
// the real node_modules, which other checkouts may share, is never touched.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "./build.mjs";

export function benchInstall() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "se-bench-install-"));
  try {
    for (const f of ["package.json", "package-lock.json"]) fs.copyFileSync(path.join(root, f), path.join(dir, f));
    const t = performance.now();
    const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    const seconds = (performance.now() - t) / 1000;
    if (r.status !== 0) throw new Error(`npm ci failed (${r.status}):\n${r.stderr.slice(-2000)}`);
    const du = (flags) => Number(execFileSync("du", [...flags, path.join(dir, "node_modules")], { encoding: "utf8" }).split(/\s/)[0]);
    const packages = fs.readdirSync(path.join(dir, "node_modules")).flatMap((n) =>
      n.startsWith("@") ? fs.readdirSync(path.join(dir, "node_modules", n)).map((m) => `${n}/${m}`) : n.startsWith(".") ? [] : [n],
    ).length;
    return { seconds, diskBytes: du(["-s", "-B1"]), apparentBytes: du(["-s", "-b"]), topLevelPackages: packages, npm: execFileSync("npm", ["-v"], { encoding: "utf8" }).trim() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
