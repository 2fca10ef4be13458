/**
 * The CI supply-chain gate's decisions, on captured and sample `npm audit --json` output
 * (tests/scripts/fixtures/npm-audit/README.md says which is which).
 */
import fs from "fs";
import path from "path";
import { MAX_REVIEW_AGE_DAYS, decide } from "../../scripts/audit-decision";

const root = path.resolve(__dirname, "../..");
const sample = (name: string) => fs.readFileSync(path.join(__dirname, "fixtures/npm-audit", `${name}.json`), "utf8");
const TODAY = new Date("2026-11-27T12:00:00Z");
const daysBefore = (days: number) => new Date(TODAY.getTime() - days * 86_400_000).toISOString().slice(0, 10);

const xlsxEntries = (reviewed = daysBefore(10)) => [
  { id: "GHSA-4r6h-8v6p-xvw6", package: "xlsx", reason: "Only parses files the analyst opens; no fixed release on npm.", reviewedBy: "security review", reviewed },
  { id: "GHSA-5pgg-2g8v-p4x9", package: "xlsx", reason: "Same package, no fixed release on npm.", reviewedBy: "security review", reviewed },
];
/** The findings sample without ws (and the package it reaches), leaving only xlsx at high. */
function onlyXlsx(): string {
  const report = JSON.parse(sample("findings"));
  delete report.vulnerabilities.ws;
  delete report.vulnerabilities["engine.io-client"];
  return JSON.stringify(report);
}

describe("the audit service cannot be reached", () => {
  test.each(["unreachable-405", "unreachable-econnrefused"])("%s: a warning, CI goes on", (name) => {
    const r = decide(sample(name), { today: TODAY });
    expect(r.outcome).toBe("unreachable");
    expect(r.exitCode).toBe(0);
    expect(r.lines[0]).toMatch(/^WARNING: the npm audit service could not be reached .*NOT audited/);
  });
  test("AUDIT_STRICT makes it a failure", () => {
    const r = decide(sample("unreachable-405"), { today: TODAY, strict: true });
    expect([r.outcome, r.exitCode]).toEqual(["unreachable", 1]);
  });
  test("a timeout of the npm call counts as unreachable", () => {
    expect(decide(JSON.stringify({ message: "npm audit did not finish: spawnSync npm ETIMEDOUT", code: "ETIMEDOUT" })).outcome).toBe("unreachable");
  });
});

describe("npm fails for a reason of its own: CI fails", () => {
  test.each([
    ["no lockfile", sample("no-lockfile")],
    ["no output", ""],
    ["not JSON", "npm ERR! something"],
    ["JSON without a report", "{}"],
    ["null", "null"],
  ])("%s", (_name, stdout) => {
    const r = decide(stdout, { today: TODAY });
    expect([r.outcome, r.exitCode]).toEqual(["fail", 1]);
  });
});

describe("a report came back", () => {
  test("clean: pass", () => {
    expect(decide(sample("clean"), { today: TODAY })).toMatchObject({ outcome: "pass", exitCode: 0 });
  });

  test("findings at high: fail, naming each advisory once; the moderate one and the via-only entry are not listed", () => {
    const r = decide(sample("findings"), { today: TODAY });
    expect([r.outcome, r.exitCode]).toEqual(["fail", 1]);
    const text = r.lines.join("\n");
    expect(text).toContain("3 finding(s)");
    for (const id of ["GHSA-3h5v-q93c-6h6q", "GHSA-4r6h-8v6p-xvw6", "GHSA-5pgg-2g8v-p4x9"]) expect(r.lines.filter((l) => l.includes(id))).toHaveLength(1);
    expect(text).not.toContain("GHSA-c2qf-rxjj-qqgw");
    expect(text).toMatch(/ws GHSA-3h5v-q93c-6h6q.*fix available/);
    expect(text).toMatch(/xlsx GHSA-4r6h-8v6p-xvw6.*no fix available/);
  });

  test("the threshold is honoured: at critical the same report passes, at moderate semver counts too", () => {
    expect(decide(sample("findings"), { today: TODAY, threshold: "critical" }).outcome).toBe("pass");
    expect(decide(sample("findings"), { today: TODAY, threshold: "moderate" }).lines.join("\n")).toContain("4 finding(s)");
  });

  test("allow-listed findings without a fix pass, with the reason printed", () => {
    const r = decide(onlyXlsx(), { today: TODAY, allowlist: { entries: xlsxEntries() } });
    expect([r.outcome, r.exitCode]).toEqual(["pass", 0]);
    expect(r.lines.filter((l) => l.startsWith("allowed: high xlsx"))).toHaveLength(2);
  });

  test("the allow-list covers only its own ids: ws still fails", () => {
    const r = decide(sample("findings"), { today: TODAY, allowlist: { entries: xlsxEntries() } });
    expect(r.outcome).toBe("fail");
    expect(r.lines.join("\n")).toContain("1 finding(s)");
    expect(r.lines.join("\n")).toContain("GHSA-3h5v-q93c-6h6q");
  });

  test("an entry for a finding that has a fix is not honoured", () => {
    const entries = [{ id: "GHSA-3h5v-q93c-6h6q", package: "ws", reason: "later", reviewedBy: "x", reviewed: daysBefore(1) }, ...xlsxEntries()];
    const r = decide(sample("findings"), { today: TODAY, allowlist: { entries } });
    expect(r.outcome).toBe("fail");
    expect(r.lines.join("\n")).toMatch(/ws GHSA-3h5v-q93c-6h6q: allow-listed, but a fix exists/);
  });

  test(`an entry older than ${MAX_REVIEW_AGE_DAYS} days must be reviewed again`, () => {
    expect(decide(onlyXlsx(), { today: TODAY, allowlist: { entries: xlsxEntries(daysBefore(MAX_REVIEW_AGE_DAYS)) } }).outcome).toBe("pass");
    const r = decide(onlyXlsx(), { today: TODAY, allowlist: { entries: xlsxEntries(daysBefore(MAX_REVIEW_AGE_DAYS + 1)) } });
    expect(r.outcome).toBe("fail");
    expect(r.lines.join("\n")).toMatch(/older than 180 days; review it again/);
  });

  test("an entry whose package differs does not match, even with the right id", () => {
    const entries = xlsxEntries().map((e) => ({ ...e, package: "exceljs" }));
    expect(decide(onlyXlsx(), { today: TODAY, allowlist: { entries } }).outcome).toBe("fail");
  });

  test("the numeric npm source id works as an id too", () => {
    const entries = xlsxEntries().map((e, k) => ({ ...e, id: ["1094599", "1096911"][k] }));
    expect(decide(onlyXlsx(), { today: TODAY, allowlist: { entries } }).outcome).toBe("pass");
  });

  test("entries that match nothing are reported for removal", () => {
    const r = decide(sample("clean"), { today: TODAY, allowlist: { entries: xlsxEntries() } });
    expect(r.outcome).toBe("pass");
    expect(r.lines.filter((l) => l.startsWith("note: allow-list entry"))).toHaveLength(2);
  });

  test.each([
    ["no entries array", {}],
    ["no reason", { entries: [{ id: "GHSA-4r6h-8v6p-xvw6", package: "xlsx", reviewedBy: "x", reviewed: "2026-11-01" }] }],
    ["no reviewer", { entries: [{ id: "GHSA-4r6h-8v6p-xvw6", package: "xlsx", reason: "r", reviewed: "2026-11-01" }] }],
    ["a bad date", { entries: [{ id: "GHSA-4r6h-8v6p-xvw6", package: "xlsx", reason: "r", reviewedBy: "x", reviewed: "1 Nov 2026" }] }],
  ])("an invalid allow-list fails CI: %s", (_name, allowlist) => {
    const r = decide(sample("clean"), { today: TODAY, allowlist });
    expect(r.outcome).toBe("fail");
    expect(r.lines.join("\n")).toContain(".audit-allowlist.json is invalid");
  });
});

describe("in the repository", () => {
  test("the committed allow-list is valid", () => {
    const allowlist = JSON.parse(fs.readFileSync(path.join(root, ".audit-allowlist.json"), "utf8"));
    expect(decide(sample("clean"), { today: TODAY, allowlist }).outcome).toBe("pass");
  });
  test("CI runs the audit gate right after npm ci, and the lockfile is committed", () => {
    const ci = fs.readFileSync(path.join(root, ".ci/run"), "utf8");
    const steps = ci.split("\n").filter((l) => /^\s*(npm|node) /.test(l));
    const at = steps.findIndex((l) => /^\s*npm ci\b/.test(l));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(steps[at + 1].trim()).toBe("node scripts/audit.mjs");
    expect(fs.existsSync(path.join(root, "package-lock.json"))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8")).lockfileVersion).toBeGreaterThanOrEqual(2);
  });
});
