// <claim-check> on CKEditor 5 (www/editors/ckeditor/): see www/editors/testing.mjs.
import { editorSuite } from '../editors/testing.mjs';

editorSuite({
  name: 'ckeditor',
  title: 'CKEditor 5',
  editable: '.ck-editor__editable',
});
