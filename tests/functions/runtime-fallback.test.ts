import { installRuntimeFallback } from "../../src/functions/runtime-fallback";

test("installs a full stand-in where there is no runtime", () => {
  const scope: Record<string, unknown> = {};
  const fallback = installRuntimeFallback(scope)!;
  const cf = scope.CustomFunctions as { associate: (id: string, f: unknown) => void; Error: new (c: string, m: string) => Error & { code: string } };
  cf.associate("X", Math.max);
  expect(fallback.associations.get("X")).toBe(Math.max);
  const e = new cf.Error("#N/A", "m");
  expect([e.code, e.message]).toEqual(["#N/A", "m"]);
});

test("keeps an existing runtime and fills in only what office.js lacks outside Excel", () => {
  const associate = () => undefined;
  const scope: Record<string, unknown> = { CustomFunctions: { associate } };
  expect(installRuntimeFallback(scope)).toBeNull();
  const cf = scope.CustomFunctions as Record<string, unknown>;
  expect(cf.associate).toBe(associate);
  expect(typeof cf.Error).toBe("function");
  expect((cf.ErrorCode as Record<string, string>).invalidValue).toBe("#VALUE!");
});
