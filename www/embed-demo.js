// The host side of the embed demo: a Quill editor and a Publish button that is
// disabled while Claimcheck reports a discrepancy. Everything Claimcheck-specific
// is the <claim-check> element and its `claimcheck:report` event.

import './claim-check.js';

const quill = new window.Quill('#editor', {
  theme: 'snow',
  placeholder: 'Write the story…',
  modules: { toolbar: [['bold', 'italic', 'link'], [{ header: 2 }, 'blockquote'], [{ list: 'bullet' }], ['clean']] },
});
quill.root.setAttribute('aria-labelledby', 'editor-label');
window.quill = quill; // for the browser tests

const publish = document.getElementById('publish');
const status = document.getElementById('publish-status');

document.querySelector('claim-check').addEventListener('claimcheck:report', (event) => {
  const { discrepancy, outdated } = event.detail.summary;
  publish.disabled = discrepancy > 0;
  status.textContent = discrepancy > 0
    ? `Publishing is blocked: ${discrepancy} figure${discrepancy === 1 ? ' contradicts' : 's contradict'} the fact table.`
    : outdated > 0
      ? `Ready to publish (${outdated} figure${outdated === 1 ? ' is' : 's are'} outdated: consider updating).`
      : 'Ready to publish.';
});

publish.addEventListener('click', () => {
  status.textContent = 'Published (demo: nothing was sent).';
});
