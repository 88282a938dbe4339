// The adapters of the page's own bundle (build-single.mjs): the page's <claim-check>
// checks a <textarea> (index.html), so the contenteditable and iframe adapters stay
// out of the page it ships (about 2 KB gzip of a 250 KB budget). The npm package, the
// editor demos and the tests use ./index.js, with every adapter; its adapterFor takes
// the textarea branch from here, so the two cannot drift.

import { TextareaAdapter } from './textarea.js';

export { TextareaAdapter };

/** The textarea adapter for `target` if it is a <textarea>, else null. */
export function textareaAdapter(target, options) {
  return target instanceof HTMLTextAreaElement || target?.localName === 'textarea' ? new TextareaAdapter(target, options) : null;
}

/** The adapter for the page's target, a <textarea>. */
export function adapterFor(target, options) {
  const adapter = textareaAdapter(target, options);
  if (!adapter) throw new Error('this page checks a <textarea> only; the claimcheck package has the adapters for other editors');
  return adapter;
}
