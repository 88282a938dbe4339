// The styles of the dismissal tools and the drafting panel, adopted as a constructed
// stylesheet (allowed under the page's style-src 'self', and kept by the single-file build).

const CSS = `
.dismissal-tools { display: flex; flex-wrap: wrap; gap: .4rem .6rem; align-items: center; margin-top: .75rem; font-size: 14px; }
.dismissals-count { margin: 0; flex-basis: 100%; color: #57606a; }
.dismissals-count:empty { display: none; }
.draft-facts { margin: 1.5rem auto; max-width: 80rem; padding: 0 1rem; }
.draft-form { display: grid; gap: .4rem; }
.draft-form textarea { width: 100%; box-sizing: border-box; font: inherit; }
.source-fields { display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
.source-fields label { display: flex; flex-direction: column; font-size: 14px; }
.draft-form button[type=submit] { justify-self: start; }
.draft-review { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); gap: 1rem; margin-top: 1rem; }
.draft-source { white-space: pre-wrap; border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem .75rem; background: #fafbfc; max-height: 32rem; overflow: auto; }
.draft-source[hidden] + .draft-results { grid-column: 1 / -1; }
.draft-source mark, .proposal .context mark { background: #fff3b0; border-bottom: 2px solid #8a6d00; cursor: pointer; }
.draft-source mark.active { background: #ffd33d; }
.draft-source sup { font-size: 10px; color: #57606a; margin-right: 1px; }
.proposals { list-style: none; margin: 0; padding: 0; display: grid; gap: .6rem; }
.proposal { border: 1px solid #d0d7de; border-left: 5px solid #0b3d91; border-radius: 6px; padding: .5rem .7rem; }
.proposal h4 { margin: 0 0 .25rem; font-size: 15px; }
.proposal .context { margin: 0 0 .25rem; color: #444c56; font-size: 13px; }
.proposal .meta { margin: 0 0 .4rem; color: #57606a; font-size: 12.5px; overflow-wrap: anywhere; }
.proposal .field { display: grid; grid-template-columns: 11rem 1fr; gap: .5rem; align-items: center; margin: .15rem 0; font-size: 14px; }
.proposal .field input { font: inherit; padding: .15rem .35rem; }
.proposal .actions { display: flex; gap: .5rem; margin-top: .4rem; }
.draft-error { color: #8a1c12; }
.skipped { margin-top: .6rem; font-size: 13px; color: #444c56; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 50rem) { .draft-review { grid-template-columns: 1fr; } .proposal .field { grid-template-columns: 1fr; } }
`;

/** Adds these styles to the page (startPage in ../app.js). */
export function adoptPanelStyles() {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    /* very old browsers: the panel works unstyled */
  }
}
