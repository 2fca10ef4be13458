/**
 * `npm run workbook -- [--lang nl|en] [--formulas native|addin] [--out file.xlsx] [--force]`:
 * the report's workbook as a file, from the same plan as the task pane.
 */
import { constants, promises as fs } from "node:fs";
import path from "node:path";
import { REPORT } from "../core/dataset";
import type { Language } from "../core/language";
import { buildPlan } from "../core/plan";
import type { FormulaMode } from "./cells";
import { writeXlsx } from "./xlsx";

export interface CliOptions {
  language: Language;
  formulas: FormulaMode;
  out: string;
  force: boolean;
}

export const USAGE = `Usage: npm run workbook -- [--lang nl|en] [--formulas native|addin] [--out file.xlsx] [--force]

  --lang       language of sheets, headers and labels (default: nl)
  --formulas   native: built-in formulas only, works without the add-in (default)
               addin:  SE.POTENTIAL / SE.SCORE, needs the add-in (results cached in the file)
  --out        file to write (default: se-trends.xlsx)
  --force      overwrite the file if it exists`;

export type Parsed = { ok: true; options: CliOptions } | { ok: false; message: string; help?: boolean };

export function parseArgs(argv: readonly string[]): Parsed {
  const options: CliOptions = { language: "nl", formulas: "native", out: "se-trends.xlsx", force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const next = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`${name} needs a value`);
      return v;
    };
    try {
      switch (name) {
        case "--help":
        case "-h":
          return { ok: false, message: USAGE, help: true };
        case "--lang": {
          const v = next().toLowerCase();
          if (v !== "nl" && v !== "en") return { ok: false, message: `--lang must be nl or en, not "${v}"` };
          options.language = v;
          break;
        }
        case "--formulas": {
          const v = next().toLowerCase();
          if (v !== "native" && v !== "addin") return { ok: false, message: `--formulas must be native or addin, not "${v}"` };
          options.formulas = v;
          break;
        }
        case "--out":
          options.out = next();
          break;
        case "--force":
          options.force = true;
          break;
        default:
          return { ok: false, message: `unknown option "${arg}"` };
      }
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }
  if (!/\.xlsx$/i.test(options.out)) return { ok: false, message: `--out must end in .xlsx: "${options.out}"` };
  return { ok: true, options };
}

export interface Io {
  log: (line: string) => void;
  error: (line: string) => void;
  today: () => string;
}

const defaultIo: Io = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  today: () => new Date().toISOString().slice(0, 10),
};

/** Runs the command; returns the process exit code (0 written, 1 failed, 2 usage). */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      io.log(parsed.message);
      return 0;
    }
    io.error(`workbook: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { language, formulas, out, force } = parsed.options;
  const file = path.resolve(out);
  try {
    await fs.access(file, constants.F_OK);
    if (!force) {
      io.error(`workbook: ${file} already exists. Use --force to overwrite it, or --out to choose another file.`);
      return 1;
    }
  } catch {
    // Not there yet: the usual case.
  }
  try {
    const dir = path.dirname(file);
    await fs.access(dir, constants.W_OK);
  } catch {
    io.error(`workbook: cannot write to ${path.dirname(file)} (missing folder or no permission).`);
    return 1;
  }

  io.log(`workbook: building the plan (${language === "nl" ? "Nederlands" : "English"}, ${formulas} formulas)`);
  const plan = buildPlan(REPORT, { language, importDate: io.today() });
  const tables = plan.sheets.reduce((n, s) => n + s.tables.length, 0);
  io.log(`workbook: ${plan.sheets.length} sheets, ${tables} tables, dataset ${plan.datasetVersion}`);
  // Write next to the target and rename, so a failure never leaves half a workbook under its name.
  const temp = `${file}.${process.pid}.tmp`;
  try {
    io.log(`workbook: writing ${file}`);
    await fs.writeFile(temp, await writeXlsx(plan, { formulas }));
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    io.error(`workbook: could not write ${file}: ${(e as Error).message}`);
    return 1;
  }
  const size = (await fs.stat(file)).size;
  io.log(`workbook: done, ${Math.round(size / 1024)} KB${formulas === "native" ? " (works without the add-in)" : " (needs the SE Trends add-in)"}`);
  return 0;
}
