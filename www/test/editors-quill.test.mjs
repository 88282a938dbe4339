// <claim-check> on Quill 2 (www/editors/quill/): see www/editors/testing.mjs for what is measured.
import { editorSuite } from '../editors/testing.mjs';

editorSuite({
  name: 'quill',
  title: 'Quill 2',
  editable: '.ql-editor',
  // Quill merges edits less than a second apart into one undo step: end the paste's
  // step first, as a second's pause would, so that Ctrl+Z takes back only the Apply.
  beforeApply: (page) => page.evaluate(() => window.quill.history.cutoff()),
});
