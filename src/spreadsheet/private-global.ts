// Injected into the spreadsheet bundle in place of `globalThis` (tsup.config.ts): zod keeps its shared settings on
// `globalThis.__zod_globalConfig` and `__zod_globalRegistry`, which would make them two more globals of the page or
// the sheet, and would hand the bundle's jitless setting to any other copy of zod there. Inside the bundle they live
// on this object instead, whose prototype is the real global object: everything else reads through as before.
const scope: typeof globalThis = Object.create(globalThis) as typeof globalThis;
export { scope as globalThis };
