/**
 * The words of the report browser, the calculator, the preview and the companion parts in Excel:
 * they come with those lazy chunks, not with the pane's first screen (i18n.ts has the rules).
 */
import { withWords } from "./i18n";
import BROWSE_STRINGS from "./i18n-browse.json";

export const t = withWords(BROWSE_STRINGS);
