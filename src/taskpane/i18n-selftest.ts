/**
 * The words of the self-test, its report and its scenarios' titles: they come with its lazy chunk
 * (i18n.ts has the rules).
 */
import { withWords } from "./i18n";
import SELFTEST_STRINGS from "./i18n-selftest.json";

export const t = withWords(SELFTEST_STRINGS);
