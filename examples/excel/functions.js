// Excel custom functions (shared runtime): the task pane page loads dist/pcr.global.js with a <script> tag before
// this file. Excel hands dates as serial numbers (1900 system) and ranges as 2-D arrays; both are understood.
/* global CustomFunctions, PCR */
CustomFunctions.associate('PCR_ALLOCATE', (amount, weights) => PCR.sheet.PCR_ALLOCATE(amount, weights));
CustomFunctions.associate('PCR_SEQUENCES', (type, project, team, patient, prestations, asOf) =>
  PCR.sheet.PCR_SEQUENCES(type, project, team, patient, prestations, asOf),
);
CustomFunctions.associate('PCR_QUOTE_PARTS', (type, project, team, patient, prestations, asOf) =>
  PCR.sheet.PCR_QUOTE_PARTS(type, project, team, patient, prestations, asOf),
);
