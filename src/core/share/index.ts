export { exportDataset, datasetJson, type ExportOptions, type ExportResult } from "./export-dataset";
export { exportProblemsMessage, type ExportProblem, type ExportProblemKind } from "./export-problems";
export { checkDatasetJson, MAX_JSON_BYTES, type JsonResult } from "./check-json";
export { importLimitExceeded, jsonBytes, megabytes } from "./size";
