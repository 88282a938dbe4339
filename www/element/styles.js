// The element's own styles, as a constructed stylesheet (allowed under style-src 'self').

export const CSS = `
:host { display: block; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; }
[hidden] { display: none !important; }
.top { position: sticky; top: 0; z-index: 1; background: var(--claimcheck-background, #fff); padding-bottom: .1rem; }
.summary { margin: 0 0 .5rem; font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.shortcuts { margin: 0 0 .6rem; font-size: 12px; color: #57606a; }
.alert { margin: 0 0 .5rem; padding: .5rem .65rem; border: 1px solid #b3261e; border-left-width: 4px; background: #fdecea; color: #5f1410; border-radius: 4px; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem .9rem; margin: 0 0 .75rem; padding: 0; list-style: none; font-size: 12.5px; color: #444c56; }
.legend li { display: inline-flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: 1.8em; height: 1.05em; position: relative; }
.findings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .5rem; }
.finding { border: 1px solid #d0d7de; border-left: 5px solid var(--c); border-radius: 6px; padding: .5rem .65rem; background: #fff; cursor: pointer; }
.finding:hover { border-color: var(--c); }
.finding.current { box-shadow: 0 0 0 2px var(--c); }
.head { display: flex; align-items: baseline; gap: .5rem; flex-wrap: wrap; }
.badge { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: var(--c); white-space: nowrap; }
.badge .icon { display: inline-block; width: 1.25em; text-align: center; }
.show { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: #0b3d91; cursor: pointer; text-align: left; text-decoration: underline; text-underline-offset: 2px; }
.subject { color: #57606a; font-size: 12.5px; margin: .1rem 0 0; }
.message { margin: .3rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: .3rem 0 0; font-size: 13px; }
dt { color: #57606a; }
dd { margin: 0; overflow-wrap: anywhere; }
a { color: #0b3d91; }
.apply { margin-top: .45rem; font: inherit; font-size: 13px; padding: .25rem .65rem; border-radius: 4px; border: 1px solid #1f6f3a; background: #1f7a40; color: #fff; cursor: pointer; }
.apply:hover { background: #17602f; }
button:focus-visible, a:focus-visible, .hl:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.overlay { position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: hidden; pointer-events: none; z-index: 2147482000; }
.layer { position: absolute; left: 0; top: 0; }
.hl { position: absolute; box-sizing: border-box; border-radius: 2px; mix-blend-mode: multiply; }
.hl:focus { outline: 3px solid #1a73e8; }
.mirror { position: fixed; left: 0; top: 0; visibility: hidden; pointer-events: none; margin: 0; border: 0; overflow: hidden; }
.tip { position: fixed; z-index: 2147483000; max-width: 24rem; padding: .5rem .65rem; background: #1b1f24; color: #fff; border-radius: 6px; font-size: 13px; line-height: 1.4; pointer-events: none; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.tip p { margin: 0; }
.tip p + p { margin-top: .35rem; padding-top: .35rem; border-top: 1px solid #444c56; }
.tip b { color: var(--tc); }
.v-discrepancy { --c: #c62828; --tc: #ff8a80; --bg: rgba(229, 57, 53, .22); }
.v-outdated { --c: #a15c00; --tc: #ffc66d; --bg: rgba(255, 160, 0, .25); }
.v-unverified { --c: #5b6673; --tc: #c9d1d9; --bg: rgba(120, 134, 150, .14); }
.v-consistent { --c: #2e7d32; --tc: #8ee59a; --bg: rgba(67, 160, 71, .14); }
.hl, .swatch { background: var(--bg); }
.hl.v-discrepancy, .swatch.v-discrepancy { border-bottom: 4px double var(--c); }
.hl.v-outdated, .swatch.v-outdated { border-bottom: 3px dashed var(--c); }
.hl.v-unverified, .swatch.v-unverified { border-bottom: 2px dotted var(--c); }
.hl.v-consistent, .swatch.v-consistent { border-bottom: 1px solid var(--c); }
@media (forced-colors: active) { .hl { border-bottom-color: Highlight; } }
`;

let sheet = null;
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
