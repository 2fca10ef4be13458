/**
 * LibreOffice Calc as a headless spreadsheet engine: converts an .xlsx to .xlsx, which loads the
 * file, recalculates it and saves the results as cached values. Each run gets its own profile
 * (parallel runs would otherwise fight over one user installation) and a time limit.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export function sofficePath(): string | null {
  const candidates = [process.env.SOFFICE, "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const which = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const found = which.stdout.trim();
  return found !== "" ? found : null;
}

/**
 * Calc's "recalculation on file load" for Excel 2007+ files defaults to "never" in some versions:
 * the profile says "always", so cached values can never stand in for a recalculation.
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculates `input` in LibreOffice; returns the path of the recalculated copy. */
export function recalculate(input: string, timeoutMs = 120_000): string {
  const soffice = sofficePath();
  if (!soffice) {
    throw new Error("LibreOffice not found: install it (Debian: apt-get install libreoffice-calc) or set SOFFICE=/path/to/soffice");
  }
  const work = mkdtempSync(path.join(tmpdir(), "se-engine-"));
  const profile = path.join(work, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const outDir = path.join(work, "out");
  const run = spawnSync(
    soffice,
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, input],
    { encoding: "utf8", timeout: timeoutMs, env: { ...process.env, HOME: work } },
  );
  const output = path.join(outDir, path.basename(input));
  if (run.error || run.status !== 0 || !existsSync(output)) {
    const why = run.error ? run.error.message : `exit ${run.status}`;
    throw new Error(`LibreOffice conversion failed (${why}):\n${run.stdout}\n${run.stderr}`);
  }
  return output;
}

export function cleanup(file: string) {
  // The recalculated copy lives in <work>/out/; remove the whole work folder.
  rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true });
}
