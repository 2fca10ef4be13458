/**
 * The dataset's public face for code that may load zod (tests, the task pane, analyst imports).
 * The custom-functions bundle imports ./report directly instead, to stay free of zod.
 */
import { DatasetSchema, type Dataset } from "./schema";

export * from "./schema";
export { REPORT } from "./report";

/** Validates data of unknown shape (e.g. a dataset with analyst rows) against the one schema. */
export function parseDataset(input: unknown): { ok: true; dataset: Dataset } | { ok: false; issues: string[] } {
  const result = DatasetSchema.safeParse(input);
  if (result.success) return { ok: true, dataset: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`),
  };
}
