// The host side every demo page shares: a Publish button that is disabled while
// Claimcheck reports a discrepancy. Everything Claimcheck-specific is the
// <claim-check> element and its `claimcheck:report` event.

export function wirePublish(checker = document.querySelector('claim-check')) {
  const publish = document.querySelector('.publish');
  const status = document.querySelector('.publish-status');
  checker.addEventListener('claimcheck:report', (event) => {
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
}
