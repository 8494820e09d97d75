import type { Lang } from '../domain/vocabulary';
import { fr as t } from './format';

/**
 * Sentences about the package itself — what it needs beside it — thrown when it is loaded, before any engine code
 * runs and before any language is chosen. Kept apart from the bundle's messages (./fr.ts, ./en.ts) so that the check
 * that throws them loads nothing else; the type below holds French and English to the same keys.
 */
export interface PackageMessages {
  /** The zod installed is outside the supported range. */
  readonly unsupportedZod: (p: { readonly installed: string; readonly range: string }) => string;
  /** The package's own folder (and its `rules/`) was not found above one of its files. */
  readonly packageNotFound: (p: { readonly from: string }) => string;
  /** A conformance case file that is not a case (a field missing or of the wrong type). */
  readonly caseInvalid: (p: { readonly file: string; readonly field: string }) => string;
  /** A conformance case file, projet file or folder that cannot be read, or a file that is not JSON. */
  readonly caseUnreadable: (p: { readonly file: string }) => string;
}

export const PACKAGE_MESSAGES: Readonly<Record<Lang, PackageMessages>> = {
  fr: {
    unsupportedZod: (p) =>
      t`pcr-forfait demande zod ${p.range} (zod ${p.installed} est installé) : installez-le avec « npm install zod@${p.range} ».`,
    packageNotFound: (p) => t`pcr-forfait : aucun package.json du package au-dessus de ${p.from}.`,
    caseInvalid: (p) => t`pcr-forfait : ${p.file} n'est pas un cas de conformité (champ « ${p.field} »).`,
    caseUnreadable: (p) => t`pcr-forfait : ${p.file} ne se lit pas (fichier ou dossier absent, ou JSON invalide).`,
  },
  en: {
    unsupportedZod: (p) =>
      `pcr-forfait needs zod ${p.range} (zod ${p.installed} is installed): install it with "npm install zod@${p.range}".`,
    packageNotFound: (p) => `pcr-forfait: no package.json of the package above ${p.from}.`,
    caseInvalid: (p) => `pcr-forfait: ${p.file} is not a conformance case (field "${p.field}").`,
    caseUnreadable: (p) => `pcr-forfait: ${p.file} cannot be read (no such file or folder, or not JSON).`,
  },
};

/**
 * A package message in French then English, on one line: what is thrown where no language was chosen.
 *
 * @example
 * inBothLanguages((m) => m.packageNotFound({ from: '/x' })) // 'pcr-forfait\u00a0: aucun package.json du package au-dessus de /x. / pcr-forfait: no package.json of the package above /x.'
 */
export function inBothLanguages(say: (m: PackageMessages) => string): string {
  return `${say(PACKAGE_MESSAGES.fr)} / ${say(PACKAGE_MESSAGES.en)}`;
}
