/**
 * Outside Excel (a plain browser showing the pane's preview mode, or Node under Jest) there is
 * no CustomFunctions global, and the associate calls appended to functions.ts would throw.
 * This stand-in mirrors the part of the runtime the add-in uses: Error with code and message,
 * ErrorCode, and associate (recorded, so tests and the preview can see what was registered).
 */
export interface RuntimeFallback {
  associations: Map<string, unknown>;
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class FallbackError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

/** Installs the stand-in unless a real runtime is present; returns it when installed. */
export function installRuntimeFallback(scope: Record<string, unknown> = globalThis as Record<string, unknown>): RuntimeFallback | null {
  if (typeof scope.CustomFunctions !== "undefined") return null;
  const associations = new Map<string, unknown>();
  scope.CustomFunctions = {
    Error: FallbackError,
    ErrorCode: ERROR_CODES,
    associate(id: string, fn: unknown) {
      associations.set(id, fn);
    },
    __fallback: { associations },
  };
  return { associations };
}
