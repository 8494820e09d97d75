/**
 * Google Sheets custom functions for parcours coordonnés renforcés.
 * Install: Extensions > Apps Script; add a script file "pcr.gs" holding dist/pcr.global.js (it defines PCR),
 * then this file. Dates may be date cells, serial numbers or text AAAA-MM-JJ; numbers in French or English writing.
 * As a library for several spreadsheets: see docs/spreadsheet.md ("Apps Script as a library").
 */

/**
 * Répartit un montant selon une colonne de poids, au centime (plus forts restes).
 * @param {number} montant Montant en euros, deux décimales au plus (1 000,50 accepté).
 * @param {number[][]} poids Colonne de poids.
 * @param {string} langue fr (défaut) ou en.
 * @return {number[][]} Colonne des parts.
 * @customfunction
 */
function PCR_ALLOCATE(montant, poids, langue) {
  return PCR.sheet.PCR_ALLOCATE(montant, poids, langue);
}

/**
 * Statut de chaque séquence d'un parcours, ses constats, le montant facturé ou le motif de non-facturation.
 * @param {string} type Identifiant du type de parcours (ex. obesite-complexe-adulte).
 * @param {Array<Array<string>>} projet Plage clé / valeur : structure, category, siret ou finess, sentToArs, key (JSON ou type), key.S2…
 * @param {Array<Array<string>>} equipe Plage avec en-tête : id, name, profession, rpps, adeli, cpam, employer, employer_siret.
 * @param {Array<Array<string>>} patient Plage clé / valeur : ref, birthDate, inclusion, complementary, profile, exit, extensions, renewals, attestations.
 * @param {Array<Array<string>>} prestations Plage avec en-tête : id, code, date, member, minutes, status, sequence.
 * @param {Date} date Date d'évaluation.
 * @param {string} langue fr (défaut) ou en.
 * @return {Array<Array<string>>} Une ligne par séquence : statut, début, échéance, comptées, manquantes, constats, montant, non facturée.
 * @customfunction
 */
function PCR_SEQUENCES(type, projet, equipe, patient, prestations, date, langue) {
  return PCR.sheet.PCR_SEQUENCES(type, projet, equipe, patient, prestations, date, langue);
}

/**
 * Quote-parts de chaque séquence facturable, puis la part AMO / AMC / patient ; chaque séquence non facturée avec
 * son motif ; « Montants non officiels » pour un type qui ne l'est pas.
 * @param {string} type Identifiant du type de parcours.
 * @param {Array<Array<string>>} projet Plage clé / valeur du projet.
 * @param {Array<Array<string>>} equipe Plage de l'équipe, avec en-tête.
 * @param {Array<Array<string>>} patient Plage clé / valeur du patient.
 * @param {Array<Array<string>>} prestations Plage des prestations, avec en-tête.
 * @param {Date} date Date d'évaluation.
 * @param {string} langue fr (défaut) ou en.
 * @return {Array<Array<string>>} Séquence, bénéficiaire, versé à, identifiant, montant.
 * @customfunction
 */
function PCR_QUOTE_PARTS(type, projet, equipe, patient, prestations, date, langue) {
  return PCR.sheet.PCR_QUOTE_PARTS(type, projet, equipe, patient, prestations, date, langue);
}

/**
 * Constats du parcours, un par ligne, en clair : gravité, où (plage et ligne de la prestation), code, message.
 * @param {string} type Identifiant du type de parcours.
 * @param {Array<Array<string>>} projet Plage clé / valeur du projet.
 * @param {Array<Array<string>>} equipe Plage de l'équipe, avec en-tête.
 * @param {Array<Array<string>>} patient Plage clé / valeur du patient.
 * @param {Array<Array<string>>} prestations Plage des prestations, avec en-tête.
 * @param {Date} date Date d'évaluation.
 * @param {string} langue fr (défaut) ou en.
 * @return {Array<Array<string>>} Gravité, où, code, message.
 * @customfunction
 */
function PCR_FINDINGS(type, projet, equipe, patient, prestations, date, langue) {
  return PCR.sheet.PCR_FINDINGS(type, projet, equipe, patient, prestations, date, langue);
}
