/**
 * What a self-test needs from Excel: an Excel.run, the requirement-set check and the facts for
 * the report. In the pane these come from Office.js; tests and `npm run test:excel`'s fake pass
 * their own, so the scenarios are written once against the Excel JavaScript API.
 */
import type { IsSetSupported } from "../excel/features";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Diagnostics {
  /** Office.context.diagnostics.platform: PC, Mac, OfficeOnline, … */
  platform: string;
  /** Office.context.diagnostics.version, e.g. 16.0.18227.20162. */
  version: string;
  /** Excel's UI language (Office.context.displayLanguage), e.g. nl-BE. */
  displayLanguage: string;
}

export interface SelfTestHost {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  diagnostics: Diagnostics;
  /**
   * Waits between reads of a cell whose custom function is still computing (#BUSY!); real
   * Excel computes add-in functions asynchronously. Default: a timer.
   */
  pause?: (ms: number) => Promise<void>;
}

/** The requirement sets the report lists, each with the versions worth knowing about. */
export const REQUIREMENT_SETS: readonly { name: string; versions: readonly string[] }[] = [
  { name: "ExcelApi", versions: Array.from({ length: 20 }, (_, i) => `1.${i + 1}`) },
  { name: "CustomFunctionsRuntime", versions: ["1.1", "1.2", "1.3", "1.4", "1.5"] },
  { name: "SharedRuntime", versions: ["1.1", "1.2"] },
];

/** Per set, the highest version supported (null: none), asked version by version. */
export function supportedSets(isSetSupported: IsSetSupported): { name: string; highest: string | null }[] {
  return REQUIREMENT_SETS.map(({ name, versions }) => {
    const supported = versions.filter((v) => safe(() => isSetSupported(name, v)));
    return { name, highest: supported.length > 0 ? supported[supported.length - 1] : null };
  });
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}

/** The host of the pane in Excel: Office.js itself. */
export function officeHost(): SelfTestHost {
  const diagnostics = (() => {
    try {
      const d = Office.context.diagnostics;
      return { platform: String(d.platform), version: String(d.version), displayLanguage: String(Office.context.displayLanguage) };
    } catch {
      return { platform: "?", version: "?", displayLanguage: "?" };
    }
  })();
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    diagnostics,
  };
}
