/** Why an analyst's own table cannot be scored, and what to do about it (texts: ./messages.json). */
import { speaker } from "../catalogue";
import type { Language } from "../language";
import { ARGUMENT_NAMES, type Criterion } from "../vocabulary";
import type { Problem } from "./plan";
import OWN_TABLE_TEXTS from "./messages.json";

const say = speaker(OWN_TABLE_TEXTS);

/** Why a table cannot be scored, in the analyst's words and with what to do about it. */
export function problemMessage(problem: Problem, language: Language): string {
  const names = (list: readonly Criterion[]) => list.map((c) => ARGUMENT_NAMES[language][c]).join(", ");
  switch (problem.code) {
    case "empty":
    case "noRows":
      return say(language, problem.code);
    case "merged":
      return say(language, "merged", problem);
    case "missing":
    case "duplicate":
      return say(language, problem.code, { criteria: names(problem.criteria) });
    case "tooManyRows":
      return say(language, "tooManyRows", problem);
    case "noRoom":
      return say(language, "noRoom", problem);
  }
}
