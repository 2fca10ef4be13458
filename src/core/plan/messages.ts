/**
 * The sentences the plan writes into the workbook: notes on a row, the criteria's validation
 * message, the print footer, the sheets' titles and the source sheet. Words and headers come from
 * the vocabulary and ./labels.ts; the texts are in ./messages.json, checked with every other
 * catalogue by tests/core/catalogue.test.ts. The footer texts use Excel's header/footer codes:
 * &P is the page number, &N the page count.
 */
import { speaker } from "../catalogue";
import PLAN_TEXTS from "./messages.json";

export const sayPlan = speaker(PLAN_TEXTS);
