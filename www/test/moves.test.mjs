// The editor's box watcher (element/adapters/moves.js): a move with no event of its own
// (a transform on an ancestor) is seen by its poll, also when the element placed the
// highlights for the moved box by another path (a scroll) and the move was undone before
// the poll ran. That race made the editors' "with the transform removed" check fail
// now and then on a loaded machine: the poll compared with the box it had last seen, which
// was the box after the undo, and the highlights stayed placed for the transformed one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser } from '../test-lib/harness.mjs';

const env = useBrowser();

/** In the page: a box, its watcher, and `scenario` run in one task (no poll can come between). */
async function movesAfter(page, scenario) {
  return page.evaluate(async (which) => {
    const { watchBox } = await import('/element/adapters/moves.js');
    const box = document.createElement('div');
    box.style.cssText = 'width: 120px; height: 60px; margin: 40px;';
    document.body.append(box);
    // Each poll reads the box once: counting the reads tells when two polls have run.
    let reads = 0;
    const read = box.getBoundingClientRect.bind(box);
    box.getBoundingClientRect = () => {
      reads++;
      return read();
    };
    let moves = 0;
    const stop = watchBox(box, () => { moves++; });
    if (which === 'move') box.style.transform = 'translate(30px, 20px)';
    if (which === 'move, placed, undone') {
      box.style.transform = 'translate(30px, 20px) scale(0.9)';
      stop.sync(); // the highlights placed for the transformed box, as after a scroll
      box.style.transform = ''; // undone before any poll
    }
    // Two polls later the move is seen or never will be (no transition runs, so the
    // watcher checks on its timer only).
    const from = reads;
    await new Promise((resolve) => {
      const wait = () => (reads >= from + 2 ? resolve() : setTimeout(wait, 10));
      wait();
    });
    stop();
    box.remove();
    return moves;
  }, scenario);
}

test('a transform set by script is seen by the poll', async () => {
  const { page } = await openPage(await env.browser.newContext());
  await page.goto(new URL('test-lib/fixtures/trap.html', env.server.url).href);
  assert.equal(await movesAfter(page, 'move'), 1);
  assert.equal(await movesAfter(page, 'none'), 0, 'no move, no call');
});

test('a move undone after the highlights were placed for it (sync) is seen', async () => {
  const { page } = await openPage(await env.browser.newContext());
  await page.goto(new URL('test-lib/fixtures/trap.html', env.server.url).href);
  assert.equal(await movesAfter(page, 'move, placed, undone'), 1);
});
