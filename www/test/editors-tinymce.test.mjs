// <claim-check> on TinyMCE 8 (www/editors/tinymce/): the text lives in TinyMCE's iframe.
// See www/editors/testing.mjs for what is measured.
import { editorSuite } from '../editors/testing.mjs';

editorSuite({
  name: 'tinymce',
  title: 'TinyMCE (iframe)',
  // Its toolbar's Redo button turns on after the undo: the editor's own state.
  chrome: ['.tox-toolbar__primary'],
  editable: 'body',
  frame: '#story_ifr',
  // On Ctrl+V TinyMCE first creates its "paste bin" from markup with a style
  // attribute, which the strict CSP refuses (TinyMCE documents that it wants
  // style-src 'unsafe-inline'); the paste itself is then read from the clipboard
  // event and works. Only that report, from TinyMCE's own script, is tolerated.
  allowedCsp: (m) => /Applying inline style/.test(m.text) && /\/editors\/tinymce\/dist\/tinymce\/tinymce\.min\.js$/.test(m.url),
});
