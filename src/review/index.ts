/** What a pull request's reviewers saw, and how to find it again. */
export {
  RECORD_VERSION,
  configHash,
  decodeRecord,
  encodeRecord,
  findReviewed,
  formatRecordFile,
  type DecodedRecord,
  type ReviewRecord,
  type ReviewedConnector
} from './record.js'
export { commentMarker, scopeKey, type MarkerScope } from './marker.js'
export { findReviewRecord, type ReviewLookup } from './lookup.js'
