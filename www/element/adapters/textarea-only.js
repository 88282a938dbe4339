// The adapters of the page's own bundle (build-single.mjs): the page's <claim-check>
// checks a <textarea> (index.html), so the contenteditable and iframe adapters stay
// out of the page it ships (about 2 KB gzip of a 250 KB budget). The npm package, the
// editor demos and the tests use ./index.js, with every adapter.

import { TextareaAdapter } from './textarea.js';

export { TextareaAdapter };

/** The adapter for the page's target, a <textarea>. */
export function adapterFor(target, options) {
  if (target instanceof HTMLTextAreaElement || target?.localName === 'textarea') return new TextareaAdapter(target, options);
  throw new Error('this page checks a <textarea> only; the claimcheck package has the adapters for other editors');
}

export { scaleOf } from './scale.js';
