// Quill 2 (BSD-3-Clause) with <claim-check for=".ql-editor">.
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { wirePublish } from '../shared/host.js';

wirePublish();

const quill = new Quill('#editor', {
  theme: 'snow',
  placeholder: 'Write the story…',
  modules: { toolbar: [['bold', 'italic', 'link'], [{ header: 2 }, 'blockquote'], [{ list: 'bullet' }], ['clean']] },
});
quill.root.setAttribute('aria-labelledby', 'editor-label');
window.quill = quill;
window.editor = quill; // for the browser tests
window.editorText = () => quill.getText().replace(/\n$/, '');
