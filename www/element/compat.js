// The helpers claim-check.js always exported, in English (the page's Markdown export
// uses summarize). New code uses ./text.js with a translator.

import { translator } from './i18n.js';
import { describe, summaryLine } from './text.js';

const en = translator('en');

/** The summary line of a report: "14 figures checked: 1 discrepancy · 1 outdated · 9 consistent · 3 unverified". */
export const summarize = (report, t = en) => summaryLine(report, t);

/** A one-line description of a claim (its accessible name). */
export const describeClaim = (claim, t = en) => describe(claim, t);
