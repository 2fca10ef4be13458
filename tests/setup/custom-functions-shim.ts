// Node has no CustomFunctions global; this mirrors the part of the runtime the add-in uses
// (Error with code + message, ErrorCode, associate) so functions can be called as Excel calls them.
class CustomFunctionsErrorShim extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.code = code;
    this.message = message ?? "";
    this.name = "CustomFunctions.Error";
  }
}

const associations = new Map<string, unknown>();

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsErrorShim,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate(id: string, fn: unknown) {
    associations.set(id, fn);
  },
  __associations: associations,
};
