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
import translations from "../../../src/core/translations/nl.json";
import { implementationsOf, type FunctionInfo, type Implementations, type Registry } from "./calc";

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

/** The registry and, per id, the exported function's name: plain data, for a browser page too. */
export interface FunctionData {
  registry: Registry;
  associate: Record<string, string>;
}

let cached: Promise<FunctionData> | undefined;

export function functionData(): Promise<FunctionData> {
  cached ??= (async () => {
    const generated = await generateCustomFunctionsMetadata(path.resolve(__dirname, "../../../src/functions/functions.ts"));
    if (generated.errors.length > 0) throw new Error(generated.errors.join("\n"));
    const english = JSON.parse(generated.metadataJson) as Metadata;
    const dutch = localizeMetadata(english, translations, "nl").metadata;
    return {
      registry: { names: { en: namesOf(english), nl: namesOf(dutch) } },
      associate: Object.fromEntries(generated.associate.map((a) => [a.id, a.functionName])),
    };
  })();
  return cached;
}

export async function functionBackend(): Promise<FunctionBackend> {
  const data = await functionData();
  return { registry: data.registry, implementations: implementationsOf(data.associate, functions as unknown as Record<string, unknown>) };
}
