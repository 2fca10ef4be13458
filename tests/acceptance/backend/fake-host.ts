/**
 * The acceptance suite's fake backend: the strict fake workbook (tests/taskpane/excel/fake-excel)
 * plus calculation of the add-in's functions, behind the same SelfTestHost the pane gives the
 * scenarios in real Excel.
 */
import type { SelfTestHost } from "../../../src/taskpane/selftest";
import * as fakeModule from "../../taskpane/excel/fake-excel";
import { FakeExcel } from "../../taskpane/excel/fake-excel";
import { installCalculation, type Implementations, type Registry } from "./calc";
import { addSheetDeletion } from "./sheet-delete";

export interface FakeHostOptions {
  displayLanguage: string;
  registry: Registry;
  implementations: Implementations;
  emptyAs?: null | 0;
}

export function fakeHost(options: FakeHostOptions): { fake: FakeExcel; host: SelfTestHost } {
  const fake = new FakeExcel();
  // A fake that models Excel's display language (which names resolve, how typed text is read) is told it.
  (fake.options as Record<string, unknown>).displayLanguage = /^nl/i.test(options.displayLanguage) ? "nl" : "en";
  addSheetDeletion(fake);
  installCalculation(fake, { ...options, resolveNames: !("registeredFunctions" in fakeModule) });
  const host: SelfTestHost = {
    run: fake.run,
    isSetSupported: () => true,
    diagnostics: { platform: "fake", version: "in-memory", displayLanguage: options.displayLanguage },
    pause: async () => {},
  };
  return { fake, host };
}
