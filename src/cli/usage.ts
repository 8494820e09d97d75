/** The command line's help text, in French then English. */
export const USAGE = `pcr — parcours coordonnés renforcés : valider un parcours, répartir le forfait au centime.

Usage :
  pcr validate --project FICHIER --path FICHIER [--type FICHIER] [--as-of AAAA-MM-JJ] [options]
  pcr settle   --project FICHIER --path FICHIER [--type FICHIER] [--as-of AAAA-MM-JJ] [options]
  pcr report   --project FICHIER --from AAAA-MM-JJ --to AAAA-MM-JJ [--csv|--json] < file-active.ndjson
  pcr declare  --project FICHIER --from AAAA-MM-JJ --to AAAA-MM-JJ [--csv (défaut)|--json|--fhir] < file-active.ndjson
  pcr worklist --project FICHIER [--as-of AAAA-MM-JJ] [--csv|--json] < file-active.ndjson
  pcr verify   [--cases DOSSIER]            cas de conformité (par défaut : ceux du paquet)
  pcr schema   parcours-type|project|patient-path
  pcr rules    [--json]                     types de parcours du catalogue

  --path -   ou pas de --path : un parcours par ligne (NDJSON) sur l'entrée standard.
  --type     fichier de règles ; sinon, la version du catalogue en vigueur à la date d'inclusion.
  --as-of    date d'évaluation (défaut : aujourd'hui).
  --json     sortie JSON ; --ndjson : une ligne JSON par parcours ; --csv : CSV (;, virgule décimale) ;
             --fhir : Bundle FHIR R4 de factures (Invoice).
  --lang     fr (défaut) ou en.
  --fail-on  error (défaut) | warning | never : quels constats donnent le code de sortie 1.

Codes de sortie : 0 rien à signaler, 1 constats (ou cas en échec, lignes ignorées), 2 mauvais usage.

Usage (English): the same commands and options; --lang en gives English reports and messages.
`;
