// Hears about an editor that moves or changes size without an event: a CSS transform
// or zoom set on an ancestor, a sidebar sliding in, a font loading above it. Scroll
// and resize have events; these do not, so the editor's box is read once per frame
// (one getBoundingClientRect: layout the browser does for painting anyway) and
// `moved()` is called when it differs. Frames stop while the page is hidden.

export function watchBox(el, moved) {
  let last = null;
  let frame = 0;
  const view = el.ownerDocument.defaultView ?? window;
  const tick = () => {
    if (el.isConnected) {
      const r = el.getBoundingClientRect();
      const now = `${r.left},${r.top},${r.width},${r.height}`;
      if (last !== null && now !== last) moved();
      last = now;
    }
    frame = view.requestAnimationFrame(tick);
  };
  frame = view.requestAnimationFrame(tick);
  return () => view.cancelAnimationFrame(frame);
}
