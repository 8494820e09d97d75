// The conformance-case reader is the package's (`pcr-forfait/testing`): the CLI's `verify` uses the same one.
export { CaseFileError, loadConformanceCases, type CaseFile } from '../conformance/case-files';
