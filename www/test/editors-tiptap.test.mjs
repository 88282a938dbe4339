// <claim-check> on Tiptap 3 / ProseMirror (www/editors/tiptap/): see www/editors/testing.mjs.
import { editorSuite } from '../editors/testing.mjs';

editorSuite({
  name: 'tiptap',
  title: 'Tiptap (ProseMirror)',
  editable: '.ProseMirror',
  // ProseMirror's history groups edits less than 500 ms apart (newGroupDelay).
  beforeApply: (page) => page.waitForTimeout(600),
});
