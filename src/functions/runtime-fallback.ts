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

/**
 * Installs the stand-in unless a runtime is present; returns it when installed. office.js in a
 * plain browser defines CustomFunctions.associate but not Error/ErrorCode (those come with
 * Excel's functions runtime): the missing members are filled in so errors can still be built.
 */
export function installRuntimeFallback(scope: Record<string, unknown> = globalThis as Record<string, unknown>): RuntimeFallback | null {
  const existing = scope.CustomFunctions as Record<string, unknown> | undefined;
  if (existing) {
    existing.Error ??= FallbackError;
    existing.ErrorCode ??= ERROR_CODES;
    return null;
  }
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
