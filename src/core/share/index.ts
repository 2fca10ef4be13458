export { exportDataset, datasetJson, type ExportOptions } from "./export-dataset";
export { checkDatasetJson, MAX_JSON_BYTES, type JsonResult } from "./check-json";
export { importLimitExceeded, jsonBytes, megabytes } from "./size";
