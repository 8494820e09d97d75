import type { Messages } from './messages';

const jsonTypes: Messages['jsonTypes'] = {
  string: 'text',
  number: 'number',
  int: 'whole number',
  boolean: 'boolean',
  object: 'object',
  array: 'list',
  null: 'null',
  undefined: 'nothing',
  bigint: 'big integer',
  symbol: 'symbol',
  function: 'function',
};
const jt = (name: string): string => (jsonTypes as Record<string, string>)[name] ?? name;

const identifierReasons: Messages['identifierReasons'] = {
  DIGITS_9: '9 digits expected',
  DIGITS_11: '11 digits expected',
  DIGITS_14: '14 digits expected',
  LUHN: 'wrong Luhn check digit',
  LA_POSTE_SUM: 'digit sum not divisible by 5 (La Poste)',
  NIR_SHAPE: '15 characters expected (sex, year, month, place, order, key)',
  NIR_KEY: 'wrong check key',
  ADELI_SHAPE: '9 characters expected',
  FINESS_SHAPE: '9 characters expected (département, then 7 digits)',
  CPAM_SHAPE: '1 to 20 letters or digits expected',
};

const cover: Messages['cover'] = {
  responsable: 'contrat responsable, participation paid by the complementary',
  c2s: 'C2S, participation covered',
  ame: 'AME, paid in full by the Assurance Maladie',
  none: 'no complementary, participation due by the patient',
};

const sequenceStatus: Messages['sequenceStatus'] = {
  pending: 'pending',
  'in-progress': 'in progress',
  completed: 'completed',
  incomplete: 'incomplete',
  'not-started': 'not started',
};

/** Every sentence of the library and the command line, in English. */
export const EN: Messages = {
  issues: {
    INPUT_FORBIDDEN_KEY: (p) => `Forbidden key "${p.key}": __proto__, constructor and prototype keys are rejected.`,
    INPUT_TOO_LARGE: (p) =>
      `${p.unit === 'elements' ? 'List' : 'Object'} too large (more than ${p.max} ${p.unit === 'elements' ? 'elements' : 'fields'}): it is not read.`,
    INPUT_TOO_DEEP: (p) => `Document nested too deeply (more than ${p.max} levels).`,
    INPUT_NOT_PLAIN: () => 'Not a JSON value (function, cyclic or shared object, class instance, unreadable value).',
    INPUT_NOT_PARSED: () =>
      'Unreadable documents: run them through parseParcoursType, parseProject and parsePatientPath first.',
    OPTION_INVALID: (p) => `Invalid option "${p.option}": expected a date YYYY-MM-DD.`,
    INPUT_INVALID_JSON: () => 'Unreadable line: not JSON.',
    SCHEMA_REQUIRED: () => 'Required field is missing.',
    SCHEMA_INVALID_TYPE: (p) => `Invalid type: expected ${jt(p.expected)}, received ${jt(p.received)}.`,
    SCHEMA_UNKNOWN_KEY: (p) => `Unknown field "${p.key}".`,
    SCHEMA_INVALID_VALUE: (p) => `Value not allowed. Allowed values: ${p.allowed}.`,
    SCHEMA_TOO_SMALL: (p, f) => `Value too small (minimum ${f.number(p.minimum)}).`,
    SCHEMA_TOO_BIG: (p, f) => `Value too big (maximum ${f.number(p.maximum)}).`,
    SCHEMA_INVALID_FORMAT: (p) => `Invalid format (expected: ${p.format}).`,
    INVALID_DATE: () => 'Invalid date: expected a calendar date YYYY-MM-DD between 1900 and 2199.',
    INVALID_AMOUNT: () =>
      'Invalid amount: expected a non-negative euro amount with at most two decimals (e.g. "1500.00").',
    INVALID_DECIMAL: (p, f) =>
      `Invalid decimal: expected a number between ${f.number(p.min)} and ${f.number(p.max)} with at most 6 decimals.`,
    PATIENT_REF_IS_NIR: () =>
      'The patient reference is a NIR: it must be a pseudonym; the NIR goes only in "patient.nir" (it is written in no output).',
    INPUT_TOO_MANY_ISSUES: (p) => `Too many findings: the first ${p.shown} are given, ${p.more} more are left out.`,
    IDENTIFIER_INVALID: (p) => `Invalid ${p.kind} identifier (${identifierReasons[p.reason] ?? p.reason}).`,
    TYPE_DUPLICATE_ID: (p) => `Duplicate identifier: "${p.id}".`,
    TYPE_UNKNOWN_PRESTATION: (p) => `Unknown service "${p.code}": it is not declared in the type's services.`,
    TYPE_UNKNOWN_PROFESSION: (p) => `Profession "${p.profession}" is unknown or not among the type's professions.`,
    TYPE_UNKNOWN_PROFILE: (p) => `Profile "${p.profile}" is not declared in the type's eligibility.`,
    TYPE_PROFILE_MISSING_AMOUNT: (p) => `The bundled payment has no amount for profile "${p.profile}".`,
    TYPE_UNKNOWN_SEQUENCE: (p) => `Unknown sequence "${p.sequence}".`,
    TYPE_SEQUENCE_ORDER: (p) => `Sequence "${p.sequence}" must follow a sequence declared before it.`,
    TYPE_INVALID_RANGE: (p) => `Inconsistent bounds: ${p.low} is greater than ${p.high}.`,
    TYPE_REQUIREMENT_TARGET: () =>
      'A requirement names one service ("prestation"), a list ("anyOf") or any intervention ("any"): exactly one of the three.',
    TYPE_FORFAIT_AMOUNT: () =>
      'The bundled payment has one amount ("amount"), one per profile ("byProfile") or parts ("parts"): exactly one of the three.',
    TYPE_TIERS_ORDER: () => 'Tiers must increase in number of services and in share of the bundled payment.',
    TYPE_SEQUENCES_EXCEED_DURATION: (p) =>
      `Sequences last ${p.months} months, longer than the pathway (${p.duration} months).`,
    TYPE_WINDOW_EXCEEDS_SEQUENCE: (p) => `Window of ${p.days} days is longer than the sequence (${p.months} months).`,
    TYPE_WINDOW_BEYOND_SEQUENCE: (p) =>
      `Window up to month ${p.toMonths}, beyond the sequence (${p.months} months at most): it stops at the deadline.`,
    TYPE_WINDOW_AFTER_SEQUENCE: (p) =>
      `Window from month ${p.fromMonths}, after the sequence ends (${p.months} months at most): the requirement cannot be met.`,
    TYPE_REQUIREMENT_WINDOW: () =>
      'A requirement has either a delay in days ("withinDays") or a window in months ("window"), not both.',
    TYPE_RECURRING_CONFLICT: (p) =>
      `Sequence "${p.sequence}" recurs: it cannot be extended, and no sequence can start after it.`,
    CATALOG_DUPLICATE_VERSION: (p) => `Type ${p.type} version ${p.version} is declared twice (${p.files}).`,
    CATALOG_OVERLAPPING_VERSIONS: (p) => `Versions ${p.a} and ${p.b} of type ${p.type} are in force at the same time.`,
    CATALOG_UNKNOWN_TYPE: (p) => `Pathway type "${p.type}" is not in the catalog.`,
    CATALOG_NO_VERSION_IN_FORCE: (p) => `No version of type ${p.type} is in force on ${p.date}.`,
    PROJECT_DUPLICATE_MEMBER: (p) => `Duplicate team member: "${p.member}".`,
    PROJECT_MEMBER_NO_IDENTIFIER: (p) => `Member "${p.member}" has no RPPS, ADELI or CPAM identification number.`,
    PROJECT_STRUCTURE_NO_IDENTIFIER: () => 'The structure needs a SIRET or a FINESS number.',
    PROJECT_OPPOSITION_BEFORE_SENT: () => 'The ARS opposition is dated before the project was sent.',
    KEY_UNKNOWN_MEMBER: (p) => `Distribution key: member "${p.member}" is not in the team.`,
    KEY_RULE_ORDER: (p) =>
      `Distribution key: rule "${p.kind}" is out of place (expected order: coordination, fixed amounts, unit rates and parts, weights, remainder; one weights rule and one remainder rule at most).`,
    KEY_RULE_INCOMPLETE: () =>
      'Incomplete rule: a coordination gives either a rate ("rate") or an amount ("amount"); a part gives either a member ("member") or a profession ("profession").',
    KEY_UNKNOWN_SEQUENCE: (p) => `Distribution key for a sequence "${p.sequence}" the type does not define.`,
    KEY_UNKNOWN_PRESTATION: (p) => `Distribution key: rate for a service "${p.code}" the type does not define.`,
    KEY_MISSING: (p) =>
      `No distribution key for sequence "${p.sequence}" (neither in the project nor as the type's default).`,
    KEY_UNKNOWN_PART: (p) => `Distribution key: part "${p.part}" that the type's bundled payments do not declare.`,
    PROJECT_TYPE_MISMATCH: (p) => `The project implements type "${p.expected}", not "${p.actual}".`,
    TYPE_NOT_IN_FORCE: (p) =>
      `Type ${p.type} version ${p.version} is not in force on the inclusion date ${p.date} (valid ${p.from} → ${p.to ?? '…'}).`,
    STRUCTURE_NOT_ALLOWED: (p) => `A structure of category "${p.category}" may not coordinate this pathway type.`,
    MEMBER_PROFESSION_NOT_IN_TYPE: (p) =>
      `Member "${p.member}" (${p.profession}) has a profession the type does not provide for.`,
    PROJECT_OPPOSED: (p) => `The ARS opposed the project on ${p.date}: no inclusion is possible.`,
    PROJECT_NOT_ACCEPTED: (p) =>
      `Pathway not funded: inclusion on ${p.date}, before the project is deemed accepted (on ${p.accepted}, sent to the ARS + 2 months; L.162-62 II and R.162-137 CSS).`,
    PATIENT_TOO_YOUNG: (p) => `Patient not eligible: ${p.age} years old at inclusion, minimum age ${p.min}.`,
    PATIENT_TOO_OLD: (p) => `Patient not eligible: ${p.age} years old at inclusion, maximum age ${p.max}.`,
    PATIENT_BORN_AFTER_INCLUSION: () => 'The birth date is after the inclusion date.',
    PROFILE_REQUIRED: (p) => `Patient profile missing: this type requires one of ${p.allowed}.`,
    PROFILE_UNKNOWN: (p) => `Profile "${p.profile}" is unknown for this type (profiles: ${p.allowed}).`,
    EXIT_BEFORE_INCLUSION: () => 'The exit date is before the inclusion date.',
    INCLUSION_AFTER_AS_OF: (p) => `Inclusion on ${p.date}, after the evaluation date ${p.asOf}.`,
    RENEWAL_NOT_ALLOWED: (p) => `Renewal not allowed: the type allows ${p.max}.`,
    RENEWAL_OUT_OF_PERIOD: (p) => `Renewal on ${p.date} is outside the current period (${p.start} → ${p.end}).`,
    REINCLUSION_TOO_SOON: (p) =>
      `New inclusion too soon: a pathway of this type ended on ${p.end}; a new inclusion is possible from ${p.allowedFrom} (${p.months} months).`,
    COVERAGE_PERIOD_INVALID: (p) => `Inconsistent coverage period: it ends on ${p.to}, before it starts on ${p.from}.`,
    COVERAGE_OVERLAP: (p) => `Two complementary cover periods overlap on ${p.date}.`,
    EXTENSION_NOT_ALLOWED: (p) => `Sequence "${p.sequence}" cannot be extended (or does not exist).`,
    EXTENSION_DUPLICATE: (p) => `Extension of sequence "${p.sequence}" recorded twice: the first one counts.`,
    EXTENSION_TOO_EARLY: (p) => `Extension decided on ${p.date}, before sequence "${p.sequence}" starts (${p.start}).`,
    EXTENSION_TOO_LATE: (p) =>
      `Extension decided on ${p.date}, after the deadline of sequence "${p.sequence}" (${p.deadline}): it must come before.`,
    EXTENSION_TOO_LONG: (p) => `Extension of ${p.months} months of sequence "${p.sequence}": ${p.max} months at most.`,
    ATTESTATION_UNKNOWN_SEQUENCE: (p) => `Attestation for a sequence "${p.sequence}" the pathway does not have.`,
    ATTESTATION_NOT_REQUIRED: (p) => `Sequence "${p.sequence}" needs no attestation: this one is ignored.`,
    ATTESTATION_BEFORE_END: (p) =>
      `Attestation dated ${p.date}, before sequence "${p.sequence}" ends (${p.end}): it must be signed after that end.`,
    PRESTATION_DUPLICATE_ID: (p) => `Duplicate service: id "${p.id}" is already used; this one is not counted.`,
    PRESTATION_UNKNOWN_CODE: (p) => `Service code "${p.code}" is unknown for this pathway type.`,
    PRESTATION_UNKNOWN_MEMBER: (p) => `Professional "${p.member}" is not in the project's team.`,
    PRESTATION_PROFESSION_NOT_ALLOWED: (p) =>
      `Service ${p.code} cannot be performed by a ${p.profession} (allowed: ${p.allowed}).`,
    PRESTATION_BEFORE_INCLUSION: (p) => `Service on ${p.date} is before the inclusion on ${p.inclusion}.`,
    PRESTATION_AFTER_EXIT: (p) => `Service on ${p.date} is after the exit on ${p.exit}.`,
    PRESTATION_AFTER_AS_OF: (p) => `Service on ${p.date} is after the evaluation date ${p.asOf}.`,
    PRESTATION_AFTER_DEADLINE: (p) =>
      `Service on ${p.date} is after the deadline ${p.deadline} (${p.scope === 'parcours' ? 'of the pathway' : `of sequence ${p.sequence}`}).`,
    PRESTATION_BEFORE_SEQUENCE: (p) => `Service on ${p.date} is before sequence ${p.sequence} starts (${p.start}).`,
    PRESTATION_UNKNOWN_SEQUENCE: (p) => `Sequence "${p.sequence}" is unknown for this type.`,
    PRESTATION_NOT_IN_SEQUENCE: (p) =>
      `Service ${p.code} is not expected in sequence ${p.sequence}: it is not counted.`,
    PRESTATION_OUT_OF_WINDOW: (p) =>
      `Service on ${p.date} is outside its window (${p.from} → ${p.to}): it is not counted.`,
    PRESTATION_TOO_SHORT: (p) => `Service of ${p.minutes} min, under the minimum of ${p.min} min: it is not counted.`,
    PRESTATION_DURATION_MISSING: (p) =>
      `Duration missing although a minimum of ${p.min} min applies: counted, to be checked.`,
    PRESTATION_OVER_MAX: (p) =>
      `Beyond the maximum of ${p.max} ${p.code} in sequence ${p.sequence}: this service is not counted.`,
    SETTLEMENT_BLOCKED: () => 'No sequence is billable: the pathway has blocking errors.',
    COVERAGE_GAP: (p) =>
      `Sequence "${p.sequence}": no complementary cover period on ${p.date}; the participation stays with the patient.`,
    TYPE_NOT_OFFICIAL: (p) =>
      `Amounts not official: type "${p.type}" version ${p.version} is ${p.status === 'draft' ? 'a draft' : 'an illustration'}, not a published arrêté.`,
    DECLARATION_NOT_OFFICIAL: (p) =>
      `Declaration refused: type "${p.type}" version ${p.version} is ${p.status === 'draft' ? 'a draft' : 'an illustration'}; its amounts are not declared (--allow-draft for a trial).`,
    KEY_SCALED_DOWN: (p, f) =>
      `Sequence ${p.sequence}: fixed amounts and unit rates (${f.money(p.claimed)}) exceed what is available (${f.money(p.available)}), scaled down in proportion.`,
    KEY_WEIGHTS_EMPTY: (p) =>
      `Sequence ${p.sequence}: the weights apply to nobody (all zero); the rest goes to the next rule.`,
    KEY_REMAINDER_TO_STRUCTURE: (p, f) =>
      `Sequence ${p.sequence}: ${f.money(p.amount)} left by the key is paid to the structure.`,
    INTERNAL_ERROR: (p) =>
      `Internal error in ${p.step} (${p.error}): a defect of this library, not a verdict on your documents. Nothing was computed; please report it to the maintainers with documents that reproduce it (made-up data only, never a real patient's).`,
    DECLARED_OTHER_STRUCTURE: (p) =>
      `Previous declaration, line ${p.line}: it is another structure's (${p.structure}); refused.`,
    DECLARED_LINE_UNREADABLE: (p) => `Previous declaration, line ${p.line}: unreadable.`,
    DECLARED_LINE_INVALID: (p) => `Previous declaration, line ${p.line}: field "${p.field}" missing or invalid.`,
    DECLARED_HEADER_INVALID: (p) =>
      `Previous declaration: the header is not a declaration's (column "${p.column}" expected).`,
    PAYMENT_LINE_UNREADABLE: (p) => `Payments, line ${p.line}: unreadable.`,
    PAYMENT_LINE_INVALID: (p) => `Payments, line ${p.line}: field "${p.field}" missing or invalid.`,
    PAYMENT_HEADER_INVALID: (p) => `Payments: the header has no column "${p.column}".`,
    GRACE_DAYS_INVALID: (p) => `Invalid payment delay: expected a whole number of days from 0 to ${p.max}.`,
    PRESTATION_MEMBER_NOT_IN_TEAM: (p) =>
      `Professional "${p.member}" is not in the team on ${p.date} (in the team from ${p.from || '…'} to ${p.to || '…'}): service not counted.`,
    AVENANT_LATE: (p) =>
      `Amendment "${p.avenant}" of ${p.date} sent on ${p.sentOn}, ${p.days} days later: beyond 7 days.`,
    TEAM_CHANGE_WITHOUT_AVENANT: (p) =>
      `${p.change === 'from' ? 'Arrival' : 'Departure'} of "${p.member}" on ${p.date} without an amendment${p.change === 'from' ? ' dated that day' : ' dated that day or the day after'}.`,
    AVENANT_DUPLICATE_ID: (p) => `Duplicate amendment "${p.avenant}".`,
    AVENANT_BEFORE_SENT: (p) =>
      `Amendment "${p.avenant}" dated ${p.date}, before the project was sent to the ARS (${p.sentToArs}).`,
    MEMBER_PERIOD_INVALID: (p) => `Member "${p.member}": end (${p.to}) before start (${p.from}).`,
  },
  trace: {
    FORFAIT_PART: (p, f) => `Part "${p.id}" of the bundled payment: ${f.money(p.amount)}`,
    PARTS_DUE: (p, f) =>
      `Parts of the amount due (${f.money(p.amount)}, in proportion to the parts, by largest remainder): ${p.parts.map((x) => `${x.id} ${f.money(x.amount)}`).join(', ')}`,
    COVERAGE: (p) =>
      `Coverage on ${p.date}: ${cover[p.complementary]}${p.exemptions.length > 0 ? `; exemptions: ${p.exemptions.join(', ')}` : ''}${p.unrelated.length > 0 ? `; unrelated to the pathway, so without effect: ${p.unrelated.join(', ')}` : ''}`,
    BASE: (p, f) => `Base payment${p.profile !== undefined ? ` (profile ${p.profile})` : ''}: ${f.money(p.amount)}`,
    MODULATION: (p, f) => `Coefficient "${p.id}" × ${f.number(p.factor)} (territory ${p.territory})`,
    MODULATED: (p, f) =>
      `Adjusted payment: ${f.money(p.base)} × ${f.number(p.factor)} = ${f.money(p.exact)}, rounded to the cent: ${f.money(p.amount)}`,
    COMPLETED: (p, f) => `Sequence completed on ${p.date}: payment due in full, ${f.money(p.amount)}`,
    POLICY_FULL: (p, f) =>
      `Sequence incomplete (ended ${p.date}), policy "full": payment due in full, ${f.money(p.amount)}`,
    POLICY_PRORATA: (p, f) =>
      `Sequence incomplete (ended ${p.date}), policy "prorata": ${p.met} of ${p.required} requirements met; ${f.money(p.modulated)} × ${p.met}/${p.required} = ${f.money(p.exact)}, rounded: ${f.money(p.amount)}`,
    POLICY_TIERS: (p, f) =>
      `Sequence incomplete (ended ${p.date}), policy "tiers": ${p.done} services counted, tier reached ${p.minDone !== undefined ? `≥ ${p.minDone}` : '—'} → share ${f.number(p.share)}; ${f.money(p.modulated)} × ${f.number(p.share)} = ${f.money(p.amount)}`,
    PARTICIPATION_NONE: () => 'Patient participation: none for this type',
    PARTICIPATION_EXEMPT: (p, f) => `Patient participation: ${f.money('0')} (exemption ${p.exemption}, R.160-17-2 CSS)`,
    PARTICIPATION_RATE: (p, f) =>
      `Patient participation: ${f.money(p.forfait)} × ${f.number(p.rate)} = ${f.money(p.exact)}, rounded: ${f.money(p.amount)}`,
    PARTICIPATION_FLAT: (p, f) => `Flat patient participation: ${f.money(p.amount)} (capped at the payment)`,
    PAYERS: (p, f) =>
      `Split: AMO ${f.money(p.amo)} + AMC ${f.money(p.amc)} + patient ${f.money(p.patient)} = ${f.money(p.total)} (cover: ${cover[p.cover]})`,
    KEY_SOURCE: (p) =>
      `Distribution key: the ${p.from === 'project' ? "project's" : "type's"}, ${p.sequence !== undefined ? `for sequence ${p.sequence}` : 'default key'}${p.avenant !== undefined ? ` (amendment ${p.avenant})` : ''}`,
    COORDINATION_RATE: (p, f) =>
      `Coordination ${f.number(p.rate)}: ${f.money(p.forfait)} × ${f.number(p.rate)} = ${f.money(p.exact)}, rounded: ${f.money(p.amount)} → structure`,
    COORDINATION_AMOUNT: (p, f) => `Coordination, fixed amount: ${f.money(p.amount)} → structure`,
    CLAIM_FIXED: (p, f) => `Fixed amount: ${f.money(p.amount)} → ${p.member}`,
    CLAIM_PART: (p, f) => `Part "${p.part}": ${f.money(p.amount)} → ${p.member}`,
    CLAIM_UNIT: (p, f) => `Unit rate ${p.code}: ${p.count} × ${f.money(p.rate)} = ${f.money(p.amount)} → ${p.member}`,
    CLAIMS_SCALED: (p, f) =>
      `Fixed amounts and unit rates: ${f.money(p.claimed)} claimed for ${f.money(p.available)} available; scaled down in proportion to each member's total, then between its lines (largest remainders): ${p.paid.map((x) => `${x.member} ${f.money(x.amount)}`).join(', ')}`,
    REST: (p, f) => `Left to share: ${f.money(p.amount)}`,
    WEIGHTS: (p, f) =>
      `Weights by ${p.by} on ${p.basis === 'equal' ? 'equal parts' : p.basis}: ${p.parts.map((x) => `${x.name} ${f.number(x.weight)}`).join(', ')} (total ${f.number(p.total)}); ${f.money(p.amount)} shared by largest remainder: ${p.parts.map((x) => `${x.name} ${f.money(x.amount)}`).join(', ')}`,
    WEIGHTS_WITHIN: (p, f) =>
      `Within profession ${p.profession}: ${p.parts.map((x) => `${x.name} ${f.number(x.weight)}`).join(', ')}; ${f.money(p.amount)} → ${p.parts.map((x) => `${x.name} ${f.money(x.amount)}`).join(', ')}`,
    WEIGHTS_EMPTY: () => 'Weights: no non-zero weight, nothing is shared by this rule',
    REMAINDER: (p, f) => `Remainder: ${f.money(p.amount)} → ${p.member ?? 'structure'}`,
    CHECK: (p, f) => `Check: sum of shares ${f.money(p.sum)} = payment ${f.money(p.amount)}`,
  },
  jsonTypes,
  identifierReasons,
  sequenceStatus,
  exclusionReasons: {
    BLOCKED: 'pathway blocked by an error (see the findings)',
    NOT_ENDED: 'sequence neither completed nor ended on this date',
    NOT_STARTED: 'sequence never started (exit before it began)',
    NO_KEY: 'no distribution key for this sequence',
    NOTHING_DUE: 'nothing is due under the incomplete policy',
    AWAITING_ATTESTATION: 'the service attestation signed by the patient is not recorded yet',
  },
  cover,
  severity: { error: 'error', warning: 'warning' },
  sheet: {
    ranges: {
      project: 'Project',
      team: 'Team',
      patient: 'Patient',
      prestations: 'Services',
      amount: 'amount',
      weights: 'weights',
      asOf: 'evaluation date',
      type: 'type',
    },
    sequencesHeader: [
      'sequence',
      'status',
      'start',
      'deadline',
      'counted',
      'missing',
      'findings',
      'amount',
      'not billed',
    ],
    quotePartsHeader: ['sequence', 'beneficiary', 'paid to', 'identifier', 'amount'],
    at: (p) => (p.row === undefined ? p.range : `${p.range}, row ${p.row}`),
    where: (p) => `${p.at}: ${p.message}`,
    missingRow: (p) => `row "${p.key}" missing (required)`,
    missingColumn: (p) => `column "${p.column}" missing (required)`,
    invalidDate: 'invalid date',
    dateOutOfRange: 'date outside 1900–2199',
    invalidSerial: 'invalid Excel serial number',
    isoDateExpected: 'a date YYYY-MM-DD expected',
    rangeWithHeader: 'a range with a header row expected',
    twoColumns: 'a two-column range (key, value) expected',
    dateExpected: 'a date expected',
    invalidNumber: 'a number expected (1,000.50 or 1000,5)',
    invalidAmount: 'invalid amount (two decimals at most)',
    invalidWeights: (p) => `invalid weights (${p.reason})`,
    keyNotJson: (p) => `the distribution key "${p.key}" must be JSON, or "type" for the type's key`,
    badEntry: (p) => `expected: ${p.expected}`,
    internalError: 'internal error',
    findingsHeader: ['severity', 'where', 'code', 'message'],
  },
  conformance: {
    doesNotParse: (p) => `${p.document === 'path' ? 'the pathway' : 'the project'} does not parse: ${p.issues}`,
    resolution: (p) => `resolution: expected ${p.expected}, got ${p.actual}`,
    differs: (p) => `${p.what}: expected ${p.expected}, got ${p.actual}`,
  },
};
