// Dismissals on the page: an editor marks an outdated figure "correct as written" with a
// reason; it is greyed, counted as dismissed and no longer blocks; it survives a reload;
// when the fact gets a newer version it comes back saying the record changed; and the
// exported file is the one the CLI reads with --dismissals (checked on the built binary
// when target/release/claimcheck exists).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBinary } from '../test-lib/cli.mjs';
import { axeViolations, formatViolations } from '../test-lib/axe.mjs';
import { claimNamed, openPage, reportFor, useBrowser } from '../test-lib/harness.mjs';

// japan.investor_rank has versions 2019-11-16 (second), 2025-11-03 and 2025-11-25 (third).
const DRAFT = "Japan is now Vietnam's second largest investor.";
const BEFORE = '2025-11-03';
const NEWER = '2025-11-25';
const REASON = 'The story quotes the 2019 ranking.';
const CLI = cliBinary();

const dir = mkdtempSync(join(tmpdir(), 'claimcheck-dismissals-'));
const env = useBrowser();

/** A fresh context (empty storage) with the page loaded and `text` typed as the draft, as of `asOf`. */
async function open(text, asOf) {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, log } = await openPage(context);
  await page.goto(env.server.url);
  await page.locator('#as-of').fill(asOf);
  await page.locator('#as-of').dispatchEvent('change');
  await page.locator('#draft').fill(text);
  const report = await reportFor(page, text, { asOf });
  return { context, page, log, report };
}

const finding = (page, text) => page.locator('claim-check li.finding').filter({ hasText: text });
const blocking = (summary) => summary.discrepancy + summary.outdated;

async function dismissByKeyboard(page, text, reason) {
  const li = finding(page, text);
  await li.locator('button.dismiss').focus();
  await page.keyboard.press('Enter');
  await li.getByLabel('Why is it correct as written?').fill(reason);
  await page.keyboard.press('Enter');
}

test('dismissing an outdated figure greys it, counts it apart and unblocks; a reload keeps it', async () => {
  const { context, page, log, report } = await open(DRAFT, BEFORE);
  const claim = claimNamed(report, 'second largest');
  assert.equal(claim.verdict, 'outdated');
  assert.equal(claim.fact.as_of, BEFORE);
  assert.equal(blocking(report.summary), 1);

  const events = [];
  await page.exposeFunction('__onReport', (summary) => events.push(summary));
  await page.evaluate(() => document.querySelector('claim-check').addEventListener('claimcheck:report', (e) => window.__onReport(e.detail.summary)));
  await dismissByKeyboard(page, 'second largest', REASON);

  await page.waitForFunction(() => document.querySelector('claim-check').report?.summary.dismissed === 1);
  const after = await page.evaluate(() => document.querySelector('claim-check').report);
  assert.equal(blocking(after.summary), 0, 'the dismissed finding no longer blocks');
  assert.equal(after.summary.dismissed, 1);
  assert.equal(events.at(-1).outdated, 0, 'the claimcheck:report event counts it as dismissed');
  assert.equal(events.at(-1).dismissed, 1);
  const dismissed = claimNamed(after, 'second largest');
  assert.deepEqual({ ...dismissed.dismissal, created: null }, { holds: true, fact_as_of: BEFORE, reason: REASON, created: null });

  const li = finding(page, 'second largest');
  assert.equal(await li.getAttribute('data-dismissed'), 'true');
  assert.match(await li.locator('.dismissed-note').innerText(), /correct as written: “The story quotes the 2019 ranking\.” \(judged against the version of 2025-11-03\)/);
  const color = await li.evaluate((node) => getComputedStyle(node).backgroundColor);
  assert.equal(color, 'rgb(246, 248, 250)', 'greyed');
  const highlight = page.locator('claim-check .hl[data-verdict="dismissed"]');
  await highlight.first().waitFor();
  await highlight.first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#draft').inputValue(), DRAFT, 'Enter on a dismissed figure selects it, it does not apply the suggestion');
  assert.match(await page.locator('claim-check .summary').innerText(), /1 dismissed/);
  assert.match(await page.locator('#dismissals-count').innerText(), /1 dismissal kept with this draft/);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));

  // The record of the dismissal: the claim's text, the fact id and the version judged against.
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('claimcheck.dismissals')));
  assert.equal(stored.length, 1);
  assert.deepEqual({ ...stored[0], created: null }, { text: 'second largest', fact_id: 'japan.investor_rank', fact_as_of: BEFORE, reason: REASON, created: null });

  await page.reload();
  await page.locator('#as-of').fill(BEFORE);
  await page.locator('#as-of').dispatchEvent('change');
  const reloaded = await reportFor(page, DRAFT, { asOf: BEFORE });
  assert.equal(reloaded.summary.dismissed, 1, 'still dismissed after a reload');
  assert.equal(blocking(reloaded.summary), 0);
  await finding(page, 'second largest').locator('.dismissed-note').waitFor();

  // Undo brings it back as a blocking finding.
  await finding(page, 'second largest').locator('button.undismiss').click();
  await page.waitForFunction(() => document.querySelector('claim-check').report?.summary.outdated === 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('claimcheck.dismissals')), null);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('when the fact gets a newer version, the dismissed finding comes back: "the record changed"', async () => {
  const { context, page, log } = await open(DRAFT, BEFORE);
  await dismissByKeyboard(page, 'second largest', REASON);
  await page.waitForFunction(() => document.querySelector('claim-check').report?.summary.dismissed === 1);

  await page.locator('#as-of').fill(NEWER);
  await page.locator('#as-of').dispatchEvent('change');
  const report = await reportFor(page, DRAFT, { asOf: NEWER });
  const claim = claimNamed(report, 'second largest');
  assert.equal(claim.fact.as_of, NEWER, 'judged against the newer version');
  assert.equal(claim.dismissal.holds, false);
  assert.equal(report.summary.dismissed, 0);
  assert.equal(report.summary.outdated, 1, 'blocking again');
  const li = finding(page, 'second largest');
  assert.match(await li.locator('.message').innerText(), /^The record changed since this was dismissed \(dismissed against the version of 2025-11-03: "The story quotes the 2019 ranking\."\)/);
  assert.equal(await li.getAttribute('data-dismissed'), null, 'not greyed');
  assert.equal(await li.locator('button.dismiss').count(), 1, 'it can be dismissed again against the new version');
  await li.locator('button.dismiss').click();
  await li.getByLabel('Why is it correct as written?').waitFor();
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  // Escape closes the reason field and gives focus back to its button.
  await page.keyboard.press('Escape');
  assert.equal(await li.locator('form.dismiss-form').isHidden(), true);
  assert.equal(await li.locator('button.dismiss').evaluate((b) => b.matches(':focus')), true);

  // In Dutch the note is composed from the report's fields.
  await page.locator('#ui-lang').selectOption('nl');
  await finding(page, 'second largest').locator('.changed-note').waitFor();
  assert.match(await finding(page, 'second largest').locator('.changed-note').innerText(), /^Het gegeven is veranderd sinds dit werd genegeerd/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('export writes the CLI format and import reads it back; a broken file is refused', async () => {
  const { context, page, log } = await open(DRAFT, BEFORE);
  await dismissByKeyboard(page, 'second largest', REASON);
  await page.waitForFunction(() => document.querySelector('claim-check').report?.summary.dismissed === 1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-dismissals').click()]);
  assert.equal(download.suggestedFilename(), 'claimcheck-dismissals.json');
  const file = join(dir, 'dismissals.json');
  await download.saveAs(file);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(data.version, 1);
  assert.equal(data.dismissals.length, 1);
  assert.deepEqual(Object.keys(data.dismissals[0]).sort(), ['created', 'fact_as_of', 'fact_id', 'reason', 'text']);
  assert.match(data.dismissals[0].created, /^\d{4}-\d{2}-\d{2}$/);

  // A fresh browser profile imports it: the finding is dismissed there too.
  const second = await open(DRAFT, BEFORE);
  assert.equal(second.report.summary.outdated, 1);
  await second.page.locator('#import-dismissals').setInputFiles(file);
  await second.page.waitForFunction(() => document.querySelector('claim-check').report?.summary.dismissed === 1);
  assert.match(await second.page.locator('#status').innerText(), /Imported 1 dismissal/);
  // A broken file is refused with a reason, and nothing is lost.
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ version: 1, dismissals: [{ text: 'x', fact_id: 'y', fact_as_of: '2025-13', reason: 'z' }] }));
  await second.page.locator('#import-dismissals').setInputFiles(bad);
  await second.page.waitForFunction(() => /was not imported/.test(document.querySelector('#status').textContent));
  assert.match(await second.page.locator('#status').innerText(), /fact_as_of.*YYYY-MM-DD/);
  assert.equal((await second.page.evaluate(() => document.querySelector('claim-check').dismissals)).length, 1);
  await second.context.close();

  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the element API: set dismissals, get them, and hear about each change', async () => {
  const { context, page, log } = await open(DRAFT, BEFORE);
  const result = await page.evaluate(async ([reason, asOf]) => {
    const checker = document.querySelector('claim-check');
    const events = [];
    checker.addEventListener('claimcheck:dismissals', (e) => events.push(e.detail.dismissals));
    const wait = (pred) => new Promise((resolve) => {
      const tick = () => (pred(checker.report) ? resolve(checker.report) : setTimeout(tick, 20));
      tick();
    });
    let bad = null;
    try {
      checker.dismissals = [{ text: 'second largest', fact_id: 'japan.investor_rank', fact_as_of: '3 Nov 2025', reason }];
    } catch (error) {
      bad = error.message;
    }
    checker.dismissals = [{ text: 'second  largest', fact_id: 'japan.investor_rank', fact_as_of: asOf, reason }];
    const dismissed = await wait((r) => r?.summary.dismissed === 1);
    const index = dismissed.claims.findIndex((c) => c.text === 'second largest');
    const got = checker.dismissals;
    checker.undismiss(index);
    const back = await wait((r) => r?.summary.outdated === 1);
    return { bad, got, events, back: back.summary, eventsAfter: events.length };
  }, [REASON, BEFORE]);
  assert.match(result.bad, /dismissal 1: "fact_as_of" must be YYYY-MM-DD, not "3 Nov 2025"/);
  assert.equal(result.got.length, 1);
  assert.equal(result.got[0].created, null, 'set from script: no day of its own');
  assert.deepEqual(result.events, [[]], 'undismiss announces the new (empty) list; setting from script does not');
  assert.equal(result.back.dismissed, 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('discarding the draft drops its dismissals, and Undo brings both back', async () => {
  const { context, page, log } = await open(DRAFT, BEFORE);
  await dismissByKeyboard(page, 'second largest', REASON);
  await page.waitForFunction(() => document.querySelector('claim-check').report?.summary.dismissed === 1);
  await page.locator('#discard').click();
  assert.equal(await page.evaluate(() => localStorage.getItem('claimcheck.dismissals')), null);
  assert.deepEqual(await page.evaluate(() => document.querySelector('claim-check').dismissals), []);
  await page.locator('#status').getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => document.querySelector('claim-check').report?.summary.dismissed === 1);
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('claimcheck.dismissals'))).length, 1);
  assert.equal(await page.locator('#draft').inputValue(), DRAFT);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the built CLI reads the exported file with --dismissals', { skip: !CLI && 'no built claimcheck binary (cargo build --release)' }, () => {
  const file = join(dir, 'dismissals.json');
  assert.ok(existsSync(file), 'the export test ran first and saved the page\'s file');
  const draft = join(dir, 'draft.txt');
  writeFileSync(draft, `${DRAFT}\n`);
  const run = (args) => {
    try {
      return { status: 0, out: execFileSync(CLI, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
    } catch (error) {
      return { status: error.status, out: `${error.stdout}${error.stderr}` };
    }
  };
  const without = run(['check', draft, '--as-of', BEFORE]);
  assert.notEqual(without.status, 0, `without dismissals the outdated figure fails the check: ${without.out}`);
  const withFile = run(['check', draft, '--as-of', BEFORE, '--dismissals', file]);
  assert.equal(withFile.status, 0, `the CLI accepts the page's file: ${withFile.out}`);
  assert.match(withFile.out, /1 dismissed/);
});
