export { packBatches, estimateOpBytes, estimateStepBytes, chunkRows, utf8Length, BATCH_LIMIT, WEB_PAYLOAD_LIMIT, ROWS_CHUNK_BYTES, type Batch } from "./batches";
export {
  nextReadGroup,
  splitReadGroup,
  rowBytesEstimate,
  learnRowBytes,
  isPayloadLimitError,
  READ_LIMIT,
  HEAD_ROWS,
  type ReadChunk,
  type ReadCursor,
} from "./read-chunks";
