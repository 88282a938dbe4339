// The <claim-check> element's entry point. The element lives in ./element/ (split by
// concern: engine, adapters, geometry, panel, tooltip); this file keeps the old URL
// working for pages that load `claim-check.js`.

export { ClaimCheckElement } from './element/claim-check.js';
export { configure } from './element/engine.js';
export { summarize, describeClaim } from './element/compat.js';
