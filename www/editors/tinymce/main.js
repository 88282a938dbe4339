// TinyMCE 8 (GPL-2.0-or-later: license_key 'gpl', self-hosted, nothing is fetched from
// a cloud) with <claim-check for="#story_ifr">: the text lives in TinyMCE's iframe.
import { wirePublish } from '../shared/host.js';

wirePublish();

const base = new URL('tinymce/', import.meta.url).href.replace(/\/$/, '');
const [editor] = await window.tinymce.init({
  selector: '#story',
  license_key: 'gpl',
  base_url: base,
  suffix: '.min',
  plugins: 'lists link',
  menubar: false,
  toolbar: 'undo redo | blocks | bold italic | link | bullist',
  promotion: false,
  branding: false,
  height: 420,
  content_css: 'default',
  placeholder: 'Write the story…',
  iframe_aria_text: 'Body. Rich text area',
});
// TinyMCE neither handles a replacement beforeinput nor records an undo level for a
// native edit, so the page hands Apply its own editing path: one undo level.
editor.iframeElement.title = 'Body, rich text area'; // frames need an accessible name
document.querySelector('claim-check').editor = {
  replace(range, text) {
    editor.undoManager.transact(() => {
      editor.selection.setRng(range);
      editor.insertContent(editor.dom.encode(text));
    });
    editor.focus();
    return true;
  },
};
window.editor = editor; // for the browser tests
window.editorText = () => editor.getBody().innerText.replace(/\n+$/, '');
