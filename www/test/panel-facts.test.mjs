// The drafting panel: paste a trusted article with its source, review the proposed rows
// next to their figures, edit one and accept it; the accepted row becomes a user table
// kept in the browser and used by every check (the figure consistent, a wrong one a
// discrepancy); a rejected row stays out; the table exports as CSV (which the built CLI's
// `facts validate` accepts) and as JSON.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBinary } from '../test-lib/cli.mjs';
import { axeViolations, formatViolations } from '../test-lib/axe.mjs';
import { claimNamed, openPage, reportFor, useBrowser } from '../test-lib/harness.mjs';

const ARTICLE = 'Vietnam exported 2.4 million tonnes of coffee last year, the Ministry of Industry and Trade said on Monday. '
  + 'Japan\'s ODA to Vietnam reached 1.9 billion USD.';
const SOURCE = { title: 'Coffee exports hold steady', publication: 'Vietnam News Agency (VNA)', url: 'https://example.org/coffee', date: '2026-06-01' };
const AS_OF = '2026-06-10';
const RIGHT = 'Vietnam exported 2.4 million tonnes of coffee.';
const WRONG = 'Vietnam exported 3.1 million tonnes of coffee.';
const CLI = cliBinary();
const dir = mkdtempSync(join(tmpdir(), 'claimcheck-panel-'));

const env = useBrowser();

async function fresh() {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, log } = await openPage(context);
  await page.goto(env.server.url);
  await page.locator('#as-of').fill(AS_OF);
  await page.locator('#as-of').dispatchEvent('change');
  return { context, page, log };
}

async function propose(page) {
  await page.getByLabel('Trusted article').fill(ARTICLE);
  await page.getByLabel('Title').fill(SOURCE.title);
  await page.getByLabel('Publication').fill(SOURCE.publication);
  await page.getByLabel('URL', { exact: true }).fill(SOURCE.url);
  await page.getByLabel('Date', { exact: true }).fill(SOURCE.date);
  await page.locator('#draft-propose').click();
  await page.locator('li.proposal').first().waitFor();
}

async function check(page, text) {
  await page.locator('#draft').fill(text);
  return reportFor(page, text, { asOf: AS_OF });
}

test('a drafted row, edited and accepted, backs the figure and flags a wrong one; a reload keeps it', async () => {
  const { context, page, log } = await fresh();
  // Before: the bundled table knows nothing of coffee exports.
  assert.equal(claimNamed(await check(page, RIGHT), '2.4 million').verdict, 'unverified');

  await propose(page);
  const coffee = page.locator('li.proposal').filter({ hasText: '2.4 million tonnes' });
  // The row sits next to its figure in the source: marked there, quoted in the card.
  const mark = page.locator('#draft-source mark').filter({ hasText: '2.4 million tonnes' });
  assert.equal(await mark.count(), 1);
  assert.equal(await coffee.getAttribute('data-row'), await mark.getAttribute('data-row'));
  assert.match(await coffee.locator('.context').innerText(), /Vietnam exported 2\.4 million tonnes of coffee/);
  assert.match(await coffee.locator('.meta').innerText(), /vietnam\.exported · 2026-06-01 · amount/);
  assert.equal(await coffee.getByLabel('Subject').inputValue(), 'Vietnam');
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));

  // Edit the metric and the cues, by keyboard, then accept.
  await coffee.getByLabel('Metric').fill('coffee exports');
  await coffee.getByLabel('Cue words (separated by |)').fill('exported | coffee exports');
  // In Dutch the panel's words change, the edits stay, and it is still axe-clean.
  await page.locator('#ui-lang').selectOption('nl');
  await page.getByRole('button', { name: 'Accepteren: de rij voor 2.4 million tonnes' }).waitFor();
  assert.equal(await page.getByLabel('Maat').first().inputValue(), 'coffee exports');
  const dutch = await axeViolations(page);
  assert.equal(dutch.length, 0, formatViolations(dutch));
  await page.locator('#ui-lang').selectOption('en');
  await coffee.getByRole('button', { name: 'Accept the row for 2.4 million tonnes' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#user-facts tbody tr[data-id="vietnam.exported"]').waitFor();
  assert.equal(await page.locator('li.proposal').filter({ hasText: '2.4 million tonnes' }).count(), 0, 'the accepted row left the proposals');
  assert.match(await page.locator('#status').innerText(), /Row vietnam\.exported \(2026-06-01\) added/);
  assert.match(await page.locator('#user-facts tbody tr').first().innerText(), /vietnam\.exported\s+2026-06-01\s+Vietnam\s+coffee exports\s+2\.4 million tonnes/);

  // Reject the other proposal: it does not reach the table.
  const other = page.locator('li.proposal').first();
  const otherFigure = await other.locator('.figure').innerText();
  await other.getByRole('button', { name: /^Reject the row/ }).click();
  assert.match(await page.locator('#status').innerText(), new RegExp(`Row for ${otherFigure.replace(/[“”]/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} rejected`));
  assert.equal(await page.locator('#user-facts tbody tr').count(), 1);

  // The user table is in use: the right figure is consistent, a wrong one a discrepancy.
  const right = claimNamed(await check(page, RIGHT), '2.4 million');
  assert.equal(right.verdict, 'consistent');
  assert.equal(right.fact.id, 'vietnam.exported');
  assert.equal(right.fact.source.publication, SOURCE.publication);
  assert.equal(right.fact.source.url, SOURCE.url);
  const wrong = claimNamed(await check(page, WRONG), '3.1 million');
  assert.equal(wrong.verdict, 'discrepancy');
  assert.equal(wrong.suggestion, '2.4 million tonnes');

  // Kept in the browser: after a reload the table is still used, with the edits.
  await page.reload();
  await page.locator('#as-of').fill(AS_OF);
  await page.locator('#as-of').dispatchEvent('change');
  assert.equal(claimNamed(await reportFor(page, WRONG, { asOf: AS_OF }), '3.1 million').verdict, 'discrepancy');
  assert.match(await page.locator('#user-facts tbody').innerText(), /coffee exports/);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('claimcheck.tables')));
  const table = stored.find((t) => t.name === 'drafted-facts.csv');
  assert.match(table.csv, /,coffee exports,/);
  assert.match(table.csv, /exported\|coffee exports/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the user table exports as CSV and JSON; removing a row stops using it', async () => {
  const { context, page, log } = await fresh();
  await propose(page);
  await page.locator('li.proposal').filter({ hasText: '2.4 million tonnes' }).getByRole('button', { name: /^Accept/ }).click();
  await page.locator('#user-facts tbody tr[data-id="vietnam.exported"]').waitFor();

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#export-user-csv').click()]);
  assert.equal(csvDownload.suggestedFilename(), 'drafted-facts.csv');
  const csvFile = join(dir, 'drafted-facts.csv');
  await csvDownload.saveAs(csvFile);
  const csv = readFileSync(csvFile, 'utf8');
  const [header, row] = csv.trim().split('\n');
  assert.equal(header, 'id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,aliases_nl,aliases_vi,cues_en,cues_nl,cues_vi,source_publication,source_title,source_date,source_url,note');
  assert.match(row, /^vietnam\.exported,2026-06-01,Vietnam,exported,amount,2\.4 million,tonnes,exact,/);
  assert.match(row, /,Vietnam News Agency \(VNA\),Coffee exports hold steady,2026-06-01,https:\/\/example\.org\/coffee,/);

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#export-user-json').click()]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  assert.equal(json.length, 1);
  assert.equal(json[0].id, 'vietnam.exported');
  assert.equal(json[0].value, '2.4 million');
  assert.equal(json[0].source_url, SOURCE.url);
  // The JSON form loads as a table, like the CSV.
  const parsed = await page.evaluate(async (text) => {
    const ns = await import('/pkg/claimcheck.js');
    await ns.default();
    return ns.parseFacts({ name: 'drafted-facts.json', json: text }).length;
  }, JSON.stringify(json));
  assert.equal(parsed, 1);

  // The same article again, with only a publication and a date: the row the table now has
  // (same value) is left out, with the reason; the other is proposed again.
  await page.getByLabel('Title').fill('');
  await page.getByLabel('URL', { exact: true }).fill('');
  await page.locator('#draft-propose').click();
  await page.locator('details.skipped').waitFor();
  assert.equal(await page.locator('li.proposal').filter({ hasText: '2.4 million tonnes' }).count(), 0);
  assert.equal(await page.locator('li.proposal').count(), 1);
  await page.locator('details.skipped summary').click();
  assert.match(await page.locator('details.skipped').innerText(), /2\.4 million tonnes/);
  assert.doesNotMatch(await page.locator('#draft-results').innerText(), /null/);

  await page.getByRole('button', { name: 'Remove row vietnam.exported (2026-06-01)' }).click();
  await page.locator('#user-facts-empty').waitFor({ state: 'visible' });
  assert.equal(claimNamed(await check(page, WRONG), '3.1 million').verdict, 'unverified');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the built CLI validates the exported CSV', { skip: !CLI && 'no built claimcheck binary (cargo build --release)' }, () => {
  const file = join(dir, 'drafted-facts.csv');
  assert.ok(existsSync(file), 'the export test ran first and saved the page\'s CSV');
  const out = execFileSync(CLI, ['facts', 'validate', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.match(out, /drafted-facts\.csv: valid/);
  // And the CLI checks a story against it as the page does.
  const story = join(dir, 'story.txt');
  writeFileSync(story, `${WRONG}\n`);
  let status = 0;
  let report = '';
  try {
    report = execFileSync(CLI, ['check', story, '--facts', file, '--as-of', AS_OF], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    ({ status } = error);
    report = error.stdout;
  }
  assert.equal(status, 1, 'a discrepancy fails the check');
  assert.match(report, /story\.txt:1:18: discrepancy: .*not "3\.1 million tonnes"\. Suggested: "2\.4 million tonnes"/);
});
