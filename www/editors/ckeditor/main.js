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
// Apply goes through CKEditor's model, so its undo (Ctrl+Z) takes it back: the
// adapter maps the DOM range it measured to a model range (see adapters/README).
document.querySelector('claim-check').editor = {
  replace(range, text) {
    const view = editor.editing.view.domConverter.domRangeToView(range);
    if (!view) return false;
    const model = editor.editing.mapper.toModelRange(view);
    editor.model.change((writer) => {
      const attributes = model.start.textNode?.getAttributes() ?? model.start.nodeAfter?.getAttributes();
      editor.model.insertContent(writer.createText(text, attributes), model);
    });
    editor.editing.view.focus();
    return true;
  },
};
window.editor = editor; // for the browser tests
window.editorText = () => [...editor.model.document.getRoot().getChildren()]
  .map((block) => [...block.getChildren()].map((node) => node.data ?? '').join('')).join('\n');
