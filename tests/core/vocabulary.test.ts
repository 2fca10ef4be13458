/**
 * The vocabulary is the one definition: the schema, the criteria module and the lookups use its
 * objects (not copies), and every word it gives a level is read back as that level.
 */
import * as criteria from "../../src/core/criteria";
import { CRITERIA as SCHEMA_CRITERIA, CriterionSchema, POTENTIAL_LEVELS, PotentialLevelSchema } from "../../src/core/dataset/schema";
import { FIGURE_FIELDS, OPPORTUNITY_FIELDS, THREAT_FIELDS, TREND_FIELDS } from "../../src/core/lookup";
import { levelOf, ratingAmount } from "../../src/core/rating";
import { POTENTIAL_LABELS as RULE_LABELS } from "../../src/core/rule";
import {
  ARGUMENT_NAMES,
  CRITERIA,
  CRITERION_LABELS,
  FIELD_NAMES,
  LEVELS,
  LEVEL_WORDS,
  POTENTIAL_LABELS,
  decimalText,
  dutchFieldWords,
  type Field,
} from "../../src/core/vocabulary";

test("the schema, the criteria module and the rule use the vocabulary's own objects", () => {
  expect(SCHEMA_CRITERIA).toBe(CRITERIA);
  expect(POTENTIAL_LEVELS).toBe(LEVELS);
  expect(criteria.CRITERIA).toBe(CRITERIA);
  expect(criteria.ARGUMENT_NAMES).toBe(ARGUMENT_NAMES);
  expect(criteria.CRITERION_LABELS).toBe(CRITERION_LABELS);
  expect(RULE_LABELS).toBe(POTENTIAL_LABELS);
  expect(CriterionSchema.options).toEqual([...CRITERIA]);
  expect(PotentialLevelSchema.options).toEqual([...LEVELS]);
});

test.each(["nl", "en"] as const)("every level word and potential label (%s) reads back as its level, for every criterion", (language) => {
  for (const level of LEVELS) {
    for (const c of CRITERIA) {
      expect(levelOf(ratingAmount(LEVEL_WORDS[language][level], c))).toBe(level);
      expect(levelOf(ratingAmount(POTENTIAL_LABELS[language][level], c))).toBe(level);
    }
  }
});

test("the potential labels are the level words, capitalised", () => {
  expect(POTENTIAL_LABELS).toEqual({ nl: { high: "Hoog", medium: "Medium", low: "Laag" }, en: { high: "High", medium: "Medium", low: "Low" } });
});

test("every vocabulary field a lookup offers accepts the field's Dutch name in lower case", () => {
  for (const spec of [TREND_FIELDS, OPPORTUNITY_FIELDS, THREAT_FIELDS, FIGURE_FIELDS]) {
    for (const field of spec.fields) {
      if (!(field in FIELD_NAMES)) continue;
      for (const word of dutchFieldWords(field as Field)) expect(spec.aliases).toHaveProperty([word], field);
    }
  }
  expect(OPPORTUNITY_FIELDS.aliases).toEqual({
    titel: "title",
    beschrijving: "description",
    omschrijving: "description",
    activiteiten: "activities",
    potentieel: "potential",
    bron: "source",
  });
  // A Dutch name equal to the English field ("Sector") is no alias.
  expect(dutchFieldWords("sector")).toEqual([]);
});

test("numbers take the language's decimal mark", () => {
  expect(decimalText(3.5, "nl")).toBe("3,5");
  expect(decimalText(3.5, "en")).toBe("3.5");
  expect(decimalText(2, "nl")).toBe("2");
});
