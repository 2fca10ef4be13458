/**
 * The function names Excel resolves in each display language, from the add-in's own metadata as
 * the build makes it: functions.json from the JSDoc of src/functions/functions.ts, and
 * functions.nl.json from it and the Dutch translation table (what Dutch Excel loads). The
 * implementations are the exported functions, associated by id as the build associates them.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeMetadata } from "../../../scripts/localize-metadata";
import * as functions from "../../../src/functions/functions";
import translations from "../../../src/functions/translations/nl.json";
import type { FunctionInfo, Implementations, Registry } from "./calc";

/** The manifest's Functions.Namespace. */
const NAMESPACE = "SE";

interface Metadata {
  functions: { id: string; name: string; parameters?: { dimensionality?: string }[] }[];
}

function namesOf(metadata: Metadata): Record<string, FunctionInfo> {
  return Object.fromEntries(
    metadata.functions.map((f) => [
      `${NAMESPACE}.${f.name}`.toUpperCase(),
      { id: f.id, dimensionality: (f.parameters ?? []).map((p) => (p.dimensionality === "matrix" ? "matrix" : "scalar")) },
    ]),
  );
}

export interface FunctionBackend {
  registry: Registry;
  implementations: Implementations;
}

let cached: Promise<FunctionBackend> | undefined;

export function functionBackend(): Promise<FunctionBackend> {
  cached ??= (async () => {
    const generated = await generateCustomFunctionsMetadata(path.resolve(__dirname, "../../../src/functions/functions.ts"));
    if (generated.errors.length > 0) throw new Error(generated.errors.join("\n"));
    const english = JSON.parse(generated.metadataJson) as Metadata;
    const dutch = localizeMetadata(english, translations, "nl").metadata;
    const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
    const implementations: Implementations = Object.fromEntries(generated.associate.map((a) => [a.id, exported[a.functionName]]));
    return { registry: { names: { en: namesOf(english), nl: namesOf(dutch) } }, implementations };
  })();
  return cached;
}
