export { criterionOfHeader, normaliseHeader, recogniseRow, SYNONYMS, type Mapping } from "./headers";
export { analyseOwnTable, HEADER_SEARCH_ROWS, MAX_ROWS, NEW_HEADERS, type Box, type NewColumn, type OwnTableAnalysis, type OwnTableOptions, type OwnTablePlan, type OwnTableRead, type Problem } from "./plan";
export { problemMessage } from "./messages";
