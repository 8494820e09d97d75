/** `pcr-forfait/operations`: what coordinators and payers run over paths — worklists, files active, projet dates, calendar. */
import './zod-check';
import '../documents/compiled-parsers';
export { worklist, sortWorkItems, workItemKey, type WorkItem } from '../operations/worklist';
export {
  fileActive,
  type FileActiveReport,
  type FileActiveOptions,
  type ExcludedPath,
  type PathOutcome,
  type PathExclusion,
} from '../operations/file-active';
export { projectDates, AVENANT_DAYS, FORMAL_NOTICE_MONTHS, type ProjectDates } from '../operations/project-dates';
export { projectAcceptedOn, ARS_SILENCE_MONTHS } from '../validation/frame-checks';
export { addMonths, addDays, ageOn, daysBetween, isIsoDate } from '../dates/calendar';
export {
  reconcile,
  MAX_GRACE_DAYS,
  type Payment,
  type PayeeIdentifier,
  type ReconcilableEntry,
  type ReconcileOptions,
  type ReconcileStatus,
  type ReconciledLine,
  type ReconcileTotals,
  type Reconciliation,
} from '../operations/reconcile';
export {
  simulate,
  simulation,
  type CandidateKey,
  type KeyTotal,
  type BeneficiarySimulation,
  type Simulation,
  type SimulationOptions,
} from '../operations/simulate';
