export * from "../workbook/snapshot";
export * from "./ops";
export { mergePlan, freeSheetName, sameCell, type MergeResult, type MergeSummary } from "./merge";
export { pendingProbes } from "./resume-sheet";
// Not the merge, re-exported for callers that import everything from here.
export { packBatches, estimateOpBytes, estimateStepBytes, chunkRows, BATCH_LIMIT, WEB_PAYLOAD_LIMIT, type Batch } from "../requests/batches";
export { nextReadGroup, splitReadGroup, rowBytesEstimate, READ_LIMIT, HEAD_ROWS, type ReadChunk, type ReadCursor } from "../requests/read-chunks";
export { ratingIssues, type RatingIssueData } from "../workbook/rating-issues";
