/**
 * The dataset's version, alone in a module so the pane's header can show it without bundling
 * the dataset. REPORT.version is this constant.
 */
export const DATASET_VERSION = "1.0.0";
