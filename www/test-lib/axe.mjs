// axe-core (npm) in a Playwright page: WCAG 2.1 A and AA rules, in the page and in
// every same-origin iframe (TinyMCE's content lives in one). The source is evaluated
// through the DevTools protocol, so the page's CSP does not have to allow it.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WWW } from './harness.mjs';

const CANDIDATES = [
  join(WWW, 'node_modules', 'axe-core', 'axe.min.js'),
  join(WWW, 'editors', 'node_modules', 'axe-core', 'axe.min.js'),
];

let source = null;
function axeSource() {
  if (!source) {
    const file = CANDIDATES.find(existsSync);
    if (!file) throw new Error(`axe-core is not installed (looked for ${CANDIDATES.join(', ')})`);
    source = readFileSync(file, 'utf8');
  }
  return source;
}

export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page (and its frames); resolves to the violations, each as
 * { id, impact, help, nodes: [{ target, summary }] } so a failing assertion is readable.
 */
export async function axeViolations(page, { tags = WCAG21_AA } = {}) {
  for (const frame of page.frames()) {
    if (frame.url().startsWith('http') || frame.url() === 'about:srcdoc' || frame.url() === 'about:blank') {
      await frame.evaluate(axeSource()).catch(() => {});
    }
  }
  const results = await page.evaluate((values) => window.axe.run(document, {
    runOnly: { type: 'tag', values },
    resultTypes: ['violations'],
  }), tags);
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
  }));
}
