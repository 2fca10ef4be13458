export declare const SEVERITIES: readonly string[];
export declare const MAX_REVIEW_AGE_DAYS: number;
export interface Advisory {
  id: string;
  source: number | string;
  package: string;
  severity: string;
  title: string;
  url: string;
  range: string;
  fixAvailable: unknown;
}
export declare function advisories(report: unknown): Advisory[];
export declare function readAllowlist(data: unknown): { entries: unknown[]; problems: string[] };
export declare function decide(
  stdout: string,
  options?: { threshold?: string; allowlist?: unknown; today?: Date; strict?: boolean },
): { outcome: "pass" | "fail" | "unreachable"; exitCode: 0 | 1; lines: string[] };
