import { checkNir } from '../identifiers/nir';
import type { Result } from '../issues/issue';
import { parcoursTypeSchema, type ParcoursType } from '../schema/parcours-type';
import { patientPathSchema, type PatientPath } from '../schema/patient-path';
import { projectSchema, type ParcoursProject } from '../schema/project';
import { parseDocument, type ParseOptions } from './parse-document';
import { checkProjectReferences } from './project-references';
import { checkTypeReferences } from './type-references';

/**
 * Parses a parcours type rule file (any JSON value) into a typed value, or the list of issues with their paths.
 * Never throws.
 *
 * @example
 * const r = parseParcoursType(JSON.parse(fs.readFileSync('rules/x.json', 'utf8')));
 * if (!r.ok) console.log(r.issues.map((i) => `${i.code} ${i.path.join('.')}`));
 */
export function parseParcoursType(input: unknown, options: ParseOptions = {}): Result<ParcoursType> {
  return parseDocument(parcoursTypeSchema, input, 'type', options, checkTypeReferences);
}

/**
 * Parses a projet de parcours (structure, team, distribution key). Never throws.
 *
 * @example
 * const r = parseProject(projectJson, { lang: 'en' });
 */
export function parseProject(input: unknown, options: ParseOptions = {}): Result<ParcoursProject> {
  return parseDocument(projectSchema, input, 'project', options, checkProjectReferences);
}

/**
 * Parses one patient's recorded path. A NIR, when present, is checked and never echoed in any message.
 * Never throws.
 *
 * @example
 * const r = parsePatientPath(pathJson);
 * if (r.ok) validatePath(type, project, r.value, { asOf: '2026-11-22' });
 */
export function parsePatientPath(input: unknown, options: ParseOptions = {}): Result<PatientPath> {
  return parseDocument(patientPathSchema, input, 'path', options, (p: PatientPath, sink) => {
    if (p.patient.nir !== undefined) {
      const reason = checkNir(p.patient.nir);
      if (reason !== null) sink.add('IDENTIFIER_INVALID', ['patient', 'nir'], { kind: 'NIR', reason });
    }
  });
}
