// Tiptap 3 (ProseMirror; MIT) with <claim-check for=".ProseMirror">.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { wirePublish } from '../shared/host.js';

wirePublish();

const editor = new Editor({
  element: document.querySelector('#editor'),
  extensions: [StarterKit],
  // Tiptap's default CSS is injected as a <style> element, which the strict CSP
  // refuses: the page's own page.css carries the few rules needed instead.
  injectCSS: false,
  editorProps: {
    attributes: { 'aria-labelledby': 'editor-label', role: 'textbox', 'aria-multiline': 'true' },
  },
});
window.editor = editor; // for the browser tests
window.editorText = () => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n');
