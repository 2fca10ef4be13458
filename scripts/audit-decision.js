// @ts-check
// Decision logic of the CI supply-chain gate (scripts/audit.mjs), kept apart from the npm call
// so it can be tested on captured `npm audit --json` output.
//
// Outcomes:
//   pass        – a report came back and every finding at or above the threshold is allow-listed
//   fail        – a report came back with findings that are not (validly) allow-listed, or npm
//                 failed for a reason of its own (no lockfile, bad allow-list, unreadable output)
//   unreachable – npm could not get a report from the audit service (network, proxy, HTTP
//                 error); CI warns and goes on, unless strict mode makes this a failure too
/**
 * One advisory of an `npm audit --json` report (v2), as the gate reports it.
 * @typedef {{ id: string, source: number | string, package: string, severity: string, title: string, url: string, range: string, fixAvailable: unknown }} Advisory
 * @typedef {{ id: string, package: string, reason: string, reviewedBy: string, reviewed: string }} AllowlistEntry
 * @typedef {{ outcome: "pass" | "fail" | "unreachable", exitCode: 0 | 1, lines: string[] }} Decision
 */
/** @type {readonly string[]} */
const SEVERITIES = ["info", "low", "moderate", "high", "critical"];

// Errors that mean "the audit service did not answer", as npm words them in --json output.
const NETWORK_CODES = /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ESOCKETTIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPROTO|CERT_\w+|UNABLE_TO_\w+|SELF_SIGNED_CERT\w*|E(4|5)\d\d)\b/;
const NETWORK_WORDS = /request to \S+ failed|socket hang up|network|audit endpoint|\/-\/npm\/v1\/security\//i;

const DAY = 24 * 60 * 60 * 1000;
/** An allow-list entry is honoured for at most this long after its review. */
const MAX_REVIEW_AGE_DAYS = 180;

/** @param {unknown} severity */
function rank(severity) {
  const r = SEVERITIES.indexOf(String(severity).toLowerCase());
  return r < 0 ? SEVERITIES.length : r; // an unknown severity counts as the worst
}

/**
 * The advisory id: the GHSA id from the advisory URL, else npm's numeric source.
 * @param {{ url?: unknown, source?: unknown }} via
 */
function advisoryId(via) {
  const m = /GHSA-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}/i.exec(String(via.url ?? ""));
  return m ? m[0] : String(via.source);
}

/**
 * Every advisory in a v2 report (the `via` objects; strings only point to other entries).
 * @param {unknown} report
 * @returns {Advisory[]}
 */
function advisories(report) {
  /** @type {Map<string, Advisory>} */
  const byId = new Map();
  const vulnerabilities = /** @type {{ vulnerabilities?: Record<string, any> }} */ (report).vulnerabilities ?? {};
  for (const vuln of Object.values(vulnerabilities)) {
    for (const via of vuln.via ?? []) {
      if (typeof via !== "object" || via === null) continue;
      const id = advisoryId(via);
      const entry = byId.get(id) ?? {
        id,
        source: via.source,
        package: via.name ?? vuln.name,
        severity: via.severity ?? vuln.severity,
        title: via.title ?? "",
        url: via.url ?? "",
        range: via.range ?? vuln.range ?? "",
        fixAvailable: vuln.fixAvailable,
      };
      byId.set(id, entry);
    }
  }
  return [...byId.values()];
}

/**
 * @param {unknown} s
 * @returns {Date | null}
 */
function parseDate(s) {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Checks the allow-list file's content; returns its entries or the problems found.
 * @param {unknown} data
 * @returns {{ entries: AllowlistEntry[], problems: string[] }}
 */
function readAllowlist(data) {
  /** @type {string[]} */
  const problems = [];
  const given = /** @type {{ entries?: unknown } | null | undefined} */ (data);
  /** @type {any[] | null} */
  const entries = given && Array.isArray(given.entries) ? given.entries : null;
  if (!entries) return { entries: [], problems: ["the allow-list must be an object with an \"entries\" array"] };
  entries.forEach((e, k) => {
    for (const field of ["id", "package", "reason", "reviewedBy", "reviewed"]) {
      if (typeof e?.[field] !== "string" || e[field].trim() === "") problems.push(`entry ${k}: "${field}" is required`);
    }
    if (e && typeof e.reviewed === "string" && !parseDate(e.reviewed)) problems.push(`entry ${k}: "reviewed" must be a date YYYY-MM-DD`);
  });
  return { entries, problems };
}

/** @param {any} report */
function isUnreachable(report) {
  if (report.statusCode !== undefined) return true; // an HTTP answer other than a report
  const texts = [report.message, report.code, report.error?.code, report.error?.summary, report.error?.detail].filter(Boolean).join(" ");
  return NETWORK_CODES.test(texts) || NETWORK_WORDS.test(texts);
}

/**
 * Decides what CI does with the output of `npm audit --omit=dev --json`.
 * @param {string} stdout what npm printed
 * @param {{threshold?: string, allowlist?: unknown, today?: Date, strict?: boolean}} [options]
 * @returns {Decision}
 */
function decide(stdout, options = {}) {
  const { threshold = "high", allowlist = { entries: [] }, today = new Date(), strict = false } = options;
  /** @type {string[]} */
  const lines = [];
  /** @type {(line: string) => Decision} */
  const fail = (line) => ({ outcome: "fail", exitCode: 1, lines: [...lines, line] });

  /** @type {any} the JSON npm printed, checked field by field below */
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return fail("npm audit gave no JSON report; see its error output above.");
  }
  if (report === null || typeof report !== "object") return fail("npm audit gave no JSON report.");

  if (report.auditReportVersion !== 2 || typeof report.vulnerabilities !== "object" || report.vulnerabilities === null) {
    if (isUnreachable(report)) {
      const why = report.message || report.error?.summary || report.error?.code || "no answer";
      const line = `WARNING: the npm audit service could not be reached (${why}); the dependencies were NOT audited.`;
      return strict
        ? { outcome: "unreachable", exitCode: 1, lines: [line, "AUDIT_STRICT=1: failing because the audit could not run."] }
        : { outcome: "unreachable", exitCode: 0, lines: [line, "Run `node scripts/audit.mjs` where the registry is reachable, or set AUDIT_STRICT=1 to make this fail."] };
    }
    return fail(`npm audit failed: ${report.error?.summary || report.message || JSON.stringify(report).slice(0, 200)}`);
  }

  const { entries, problems } = readAllowlist(allowlist);
  if (problems.length > 0) return fail(`.audit-allowlist.json is invalid: ${problems.join("; ")}`);

  const blocking = [];
  const used = new Set();
  for (const a of advisories(report)) {
    if (rank(a.severity) < rank(threshold)) continue;
    const entry = entries.find((e) => (e.id === a.id || e.id === String(a.source)) && e.package === a.package);
    if (!entry) {
      blocking.push(`${a.severity} ${a.package} ${a.id}: ${a.title} ${a.url} (${a.fixAvailable ? "fix available: npm audit fix" : "no fix available"})`);
      continue;
    }
    used.add(entry);
    // readAllowlist has refused every entry without a valid date, and today's date is one.
    const reviewed = /** @type {Date} */ (parseDate(entry.reviewed));
    const day = /** @type {Date} */ (parseDate(today.toISOString().slice(0, 10)));
    if (a.fixAvailable !== false) {
      blocking.push(`${a.severity} ${a.package} ${a.id}: allow-listed, but a fix exists now; apply it and remove the entry.`);
    } else if (day.getTime() - reviewed.getTime() > MAX_REVIEW_AGE_DAYS * DAY) {
      blocking.push(`${a.severity} ${a.package} ${a.id}: allow-list review of ${entry.reviewed} is older than ${MAX_REVIEW_AGE_DAYS} days; review it again.`);
    } else {
      lines.push(`allowed: ${a.severity} ${a.package} ${a.id} (no fix; reviewed ${entry.reviewed} by ${entry.reviewedBy}: ${entry.reason})`);
    }
  }
  for (const e of entries) if (!used.has(e)) lines.push(`note: allow-list entry ${e.id} (${e.package}) matches no finding any more; remove it.`);

  if (blocking.length > 0) {
    return { outcome: "fail", exitCode: 1, lines: [...lines, `npm audit: ${blocking.length} finding(s) at or above "${threshold}":`, ...blocking.map((b) => `  ${b}`)] };
  }
  const total = report.metadata?.vulnerabilities?.total ?? 0;
  return { outcome: "pass", exitCode: 0, lines: [...lines, `npm audit: no unlisted finding at or above "${threshold}" in production dependencies (${total} below it or allow-listed).`] };
}

module.exports = { SEVERITIES, MAX_REVIEW_AGE_DAYS, advisories, decide, readAllowlist };
