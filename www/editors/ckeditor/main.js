// CKEditor 5 (npm `ckeditor5`, GPL-2.0-or-later: licenseKey 'GPL', no licence server
// is contacted) with <claim-check for=".ck-editor__editable">.
import {
  ClassicEditor, Essentials, Paragraph, Heading, Bold, Italic, Link, List, BlockQuote,
} from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { wirePublish } from '../shared/host.js';

wirePublish();

const editor = await ClassicEditor.create(document.querySelector('#editor'), {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Heading, Bold, Italic, Link, List, BlockQuote],
  toolbar: ['undo', 'redo', '|', 'heading', '|', 'bold', 'italic', 'link', '|', 'bulletedList', 'blockQuote'],
  placeholder: 'Write the story…',
  // The editing area is named by the page's own label.
  label: 'Body',
});
// Nothing more to wire: Apply reaches CKEditor as a spelling replacement would (a
// beforeinput of type insertReplacementText), which CKEditor applies through its model,
// so its own undo (Ctrl+Z) takes it back.
window.editor = editor; // for the browser tests
window.editorText = () => [...editor.model.document.getRoot().getChildren()]
  .map((block) => [...block.getChildren()].map((node) => node.data ?? '').join('')).join('\n');
