/** What sharing says: checking a colleague's JSON, and rows the export cannot take as they are (texts: ./messages.json). */
import { speaker } from "../catalogue";
import SHARE_TEXTS from "./messages.json";

export const sayShare = speaker(SHARE_TEXTS);
