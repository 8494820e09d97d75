// Excel custom functions: functions.html loads Office's custom-functions runtime and dist/pcr.global.js (it
// defines PCR) before this file. Excel hands dates as serial numbers (1900 system) and ranges as 2-D arrays; both are
// understood. The ids match functions.json and the manifests' namespace (PCR): =PCR.QUOTE_PARTS(…).
/* global CustomFunctions, PCR */
CustomFunctions.associate('PCR_ALLOCATE', (amount, weights, lang) => PCR.sheet.PCR_ALLOCATE(amount, weights, lang));
CustomFunctions.associate('PCR_SEQUENCES', (type, project, team, patient, prestations, asOf, lang) =>
  PCR.sheet.PCR_SEQUENCES(type, project, team, patient, prestations, asOf, lang),
);
CustomFunctions.associate('PCR_QUOTE_PARTS', (type, project, team, patient, prestations, asOf, lang) =>
  PCR.sheet.PCR_QUOTE_PARTS(type, project, team, patient, prestations, asOf, lang),
);
CustomFunctions.associate('PCR_FINDINGS', (type, project, team, patient, prestations, asOf, lang) =>
  PCR.sheet.PCR_FINDINGS(type, project, team, patient, prestations, asOf, lang),
);
