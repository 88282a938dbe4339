// <claim-check> on CKEditor 5 (www/editors/ckeditor/): see www/editors/testing.mjs.
import { editorSuite } from '../editors/testing.mjs';

editorSuite({
  name: 'ckeditor',
  title: 'CKEditor 5',
  // Its toolbar's Redo button turns on after the undo: the editor's own state.
  chrome: ['.ck-toolbar'],
  editable: '.ck-editor__editable',
});
