// axe-core (npm) in a Playwright page: the WCAG 2.1 A and AA rules, run on the whole
// page including open shadow roots (the <claim-check> panel, highlights and tooltip).
// For every page with findings shown: the main page here, the editor pages in
// test/editors*.test.mjs.
//
//   import { axeViolations, formatViolations } from '../test-lib/axe.mjs';
//   const violations = await axeViolations(page);
//   assert.deepEqual(violations, [], formatViolations(violations));

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page (evaluated through the DevTools protocol, so the page's CSP
 * does not block it) and returns its violations: [{ id, impact, help, nodes: [target…] }].
 * `include`/`exclude`: CSS selectors to limit the run (e.g. exclude a host editor's own
 * toolbar that is not ours to fix).
 */
export async function axeViolations(page, { include, exclude, tags = WCAG21_AA } = {}) {
  await page.evaluate(`${AXE}\n;0`);
  return page.evaluate(async ({ include, exclude, tags }) => {
    const context = include || exclude ? { include: include ? [include] : undefined, exclude: exclude ? [exclude] : undefined } : document;
    const result = await window.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, { include, exclude, tags });
}

/** A readable list of violations for an assertion message. */
export function formatViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  - ${n.target}: ${n.summary}`).join('\n')}`).join('\n');
}
