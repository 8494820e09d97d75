/** `pcr-forfait/testing`: for payers' and vendors' test suites — conformance cases, rule files, JSON Schemas, codes. */
import './zod-check';
import '../documents/compiled-parsers';
export {
  runConformanceCase,
  type ConformanceCase,
  type CaseExpectation,
  type CaseResult,
} from '../conformance/run-case';
export {
  loadConformanceCases,
  CaseFileError,
  shippedConformanceCases,
  shippedRulesDir,
  type CaseFile,
} from '../conformance/case-files';
export { SHIPPED_RULE_FILES } from '../catalog/shipped-rules';
export { jsonSchemaOf, SCHEMA_DOCUMENTS, type SchemaDocument } from '../documents/json-schema';
export { issueCodeTable } from '../issues/issue-table';
export {
  ISSUE_CODES,
  SEVERITIES,
  ISSUE_CODE_TABLE,
  BLOCKING_CODES,
  type IssueCodeInfo,
} from '../domain/issue-codes';
