/**
 * A time limit on every request to Excel. Under heavy recalculation Excel on the web can leave
 * context.sync() pending for a very long time (office-js #6678, #4805); without a limit the pane
 * would stay busy forever. When the limit passes, the action fails with a plain message and the
 * pane is usable again; a retry reads the workbook anew, so what the stalled request did write
 * is recognised and not added twice.
 */
import type { Language } from "../../core/language";
import { t } from "../i18n";

/** Long enough for a full recalculation of a large workbook, short enough to not look hung. */
export const SYNC_LIMIT_MS = 120_000;

export class SyncTimeout extends Error {
  constructor(readonly ms: number) {
    super(syncTimeoutText("en", ms));
    this.name = "SyncTimeout";
  }
}

export function syncTimeoutText(language: Language, ms: number): string {
  return t(language, "syncTimeout", { seconds: Math.round(ms / 1000) });
}

/** The context with a sync that rejects with SyncTimeout once `ms` pass; everything else as is. */
export function limitSyncs(context: Excel.RequestContext, ms: number): Excel.RequestContext {
  const sync = () =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new SyncTimeout(ms)), ms);
      context.sync().then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  return new Proxy(context, {
    get(target, property) {
      if (property === "sync") return sync;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A timeout in the given language; any other error unchanged. */
export function inLanguage(error: unknown, language: Language): unknown {
  return error instanceof SyncTimeout ? new Error(syncTimeoutText(language, error.ms)) : error;
}
