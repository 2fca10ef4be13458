/** What the companion's parts tell the analyst after an action, redrawn in the pane's language. */
import type { Language } from "../../core/language";
import { t } from "../i18n-browse";

export interface Notice {
  kind: "error" | "success" | "info" | "warning";
  lines: (language: Language) => string[];
}

export function errorText(error: unknown, language: Language): string {
  return error instanceof Error && error.message ? error.message : t(language, "unknownError");
}
