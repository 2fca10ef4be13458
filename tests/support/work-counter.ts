/**
 * Counting the work a parser does on a string, without a clock. Two things are counted while a
 * function runs:
 *
 * - character reads (`String.prototype.charCodeAt`), the unit of work of the scanners in
 *   src/core/text-scan.ts and of the JSON pre-scan;
 * - every regular expression run (`RegExp.prototype.exec`, which `test`, `match`, `replace`,
 *   `split` and zod's checks all go through), with its pattern and the length of its input.
 *
 * A regular expression cannot be counted step by step, so one that meets long input must be of a
 * shape that cannot backtrack more than a bounded amount per character: anchored at the start
 * with at most one unbounded quantifier, or with none at all (see `oneRunPerChar`). Any other
 * pattern on long input is reported as a finding, whatever its time.
 */

export interface Work {
  /** Characters read through charCodeAt. */
  reads: number;
  /** Patterns that ran on input longer than `LONG_INPUT`, with the longest input each saw. */
  regexOnLongInput: Map<string, number>;
}

/** Input longer than this is "long": no cell key, field name or language name is near it. */
export const LONG_INPUT = 256;

const originalCharCodeAt = String.prototype.charCodeAt;
const originalExec = RegExp.prototype.exec;

/** Runs `fn` with the counters installed; they are removed again even when `fn` throws. */
export function countWork(fn: () => unknown): Work {
  const work: Work = { reads: 0, regexOnLongInput: new Map() };
  String.prototype.charCodeAt = function (this: string, i: number) {
    work.reads++;
    return originalCharCodeAt.call(this, i);
  };
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const text = String(input);
    if (text.length > LONG_INPUT) {
      const key = `/${this.source}/${this.flags}`;
      work.regexOnLongInput.set(key, Math.max(work.regexOnLongInput.get(key) ?? 0, text.length));
    }
    return originalExec.call(this, text);
  };
  try {
    fn();
  } finally {
    String.prototype.charCodeAt = originalCharCodeAt;
    RegExp.prototype.exec = originalExec;
  }
  return work;
}

/**
 * Whether a pattern (as `/source/flags`) does a bounded amount of work per input character in a
 * backtracking engine: it is anchored at the start (`^`, not multiline) and has at most one
 * unbounded quantifier (`*`, `+`, `{n,}`) and no quantified group, or it has no unbounded
 * quantifier at all. Conservative: some linear patterns fail it; none that fail linearity pass.
 */
export function oneRunPerChar(pattern: string): boolean {
  const lastSlash = pattern.lastIndexOf("/");
  const source = pattern.slice(1, lastSlash);
  const flags = pattern.slice(lastSlash + 1);
  let unbounded = 0;
  let quantifiedGroup = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "*" || c === "+" || (c === "{" && /^\{\d+,\}/.test(source.slice(i, i + 12)))) {
      unbounded++;
      if (source[i - 1] === ")") quantifiedGroup = true;
    }
  }
  if (unbounded === 0) return true;
  return source.startsWith("^") && !flags.includes("m") && unbounded === 1 && !quantifiedGroup;
}
