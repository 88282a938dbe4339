// Editor adapters: how <claim-check> reads an editor's text, measures where its
// characters are, selects, edits and hears about changes, without touching the
// host's DOM. One file per kind of editor; `adapterFor` picks one for a target.
//
// The interface every adapter implements (offsets are UTF-16 code units of text()):
//
//   text(): string
//       The editor's plain text; blocks are separated by '\n'. The report's offsets
//       index this string.
//   measure(): void
//       Brings the adapter's measuring state up to date with the editor (styles,
//       width, text). Called once before a batch of rects() calls: the batch then
//       reads layout only, never writes, so the browser lays out at most once.
//   frame(): { left, top, width, height, scrollX, scrollY, scaleX, scaleY }
//       The editor's visible editing area (its client box) in client coordinates of
//       the top-level window, how far its content is scrolled, and the scale of any
//       CSS transform or zoom on it (client px per CSS px).
//   rects(start, end): Array<{ left, top, width, height }>
//       The boxes of [start, end) in content coordinates: CSS px from the top-left
//       of the editor's content as if scrolled to (0, 0). They change only when the
//       text or the layout changes, not when the editor scrolls.
//   visibleRange(): [start, end] | null
//       The offsets shown in the editing area now (null: unknown, assume all), so
//       only visible highlights need measuring.
//   select(start, end): void
//       Focuses the editor and selects [start, end) (a caret when start === end).
//   replace(start, end, text): boolean
//       Replaces [start, end) through the host's own editing path, so its undo history
//       records it: the host-editor hook if the page set one, else a beforeinput
//       insertReplacementText (editors with a model), else execCommand insertText (as
//       typing would). Returns false when it could not. See contenteditable.js.
//   scrollTo(start, end): void
//       Scrolls the editor (and the page) so that [start, end) is visible.
//   observe({ change, scroll }): () => void
//       Calls change() after every edit (typed, pasted, or done by the host's
//       script) and scroll() when the content moves; returns the unsubscribe.
//   destroy(): void
//       Removes anything the adapter added (its mirror), and its listeners.
//   pending?(): boolean   (optional)
//       True while the adapter still prepares its measuring state over several frames
//       (the textarea's mirror of a long paste): the element measures again next frame.
//   edited?(before, text, region)   (optional)
//       The element's diff of an edit (see ../diff.js), for an adapter that would
//       otherwise compare the texts again (the textarea's mirror).
//   syncBox?()   (optional, set while observing)
//       Takes the editor's box as it is now as the one the highlights are placed for;
//       the element calls it in the read phase of every placement (see moves.js).
//
// Adapters receive `{ mirrorParent, host }`: a place in the element's shadow root where
// an adapter may put invisible measuring copies (the textarea's mirror), and the
// <claim-check> element, whose `editor` property is the optional host-editor hook:
//
//   checker.editor = { replace(range, text, { start, end }) { …; return true; } }
//
// `range` is a DOM Range over the span in the editor's document; the hook applies the
// replacement through the editor's API (one undo step) and returns true, or false to
// let the adapter's own paths try. www/editors/README.md shows it for TinyMCE.
//
// observe() also reports scroll() when the editor's box moves without an event (a
// transform or zoom on an ancestor): see moves.js.

import { TextareaAdapter, textareaAdapter } from './textarea-only.js';
import { EditableAdapter } from './contenteditable.js';
import { IframeAdapter } from './iframe.js';

export { TextareaAdapter, EditableAdapter, IframeAdapter };

/** The adapter for a target element: a <textarea>, an <iframe> whose body is editable, or a contenteditable. */
export function adapterFor(target, options) {
  const textarea = textareaAdapter(target, options);
  if (textarea) return textarea;
  if (target?.localName === 'iframe') return new IframeAdapter(target, options);
  return new EditableAdapter(target, options);
}
