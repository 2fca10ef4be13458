export * from "./snapshot";
export * from "./ops";
export { mergePlan, freeSheetName, sameCell, type MergeResult, type MergeSummary } from "./merge";
export { packBatches, estimateOpBytes, estimateStepBytes, chunkRows, BATCH_LIMIT, WEB_PAYLOAD_LIMIT, type Batch } from "./batches";
export { nextReadGroup, splitReadGroup, rowBytesEstimate, READ_LIMIT, HEAD_ROWS, type ReadChunk, type ReadCursor } from "./read-chunks";
export { ratingIssues, type RatingIssueData } from "./rating-issues";
