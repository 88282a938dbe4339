// Hears about an editor that moves or changes size without an event of its own: a CSS
// transform or zoom set on an ancestor, a sidebar sliding in, a banner loading above
// it. Scroll and resize have events; these do not, so the editor's box is read (one
// getBoundingClientRect) and `moved()` is called when it differs:
// - every frame while a CSS transition or animation runs anywhere in the document
//   (most such moves are animated), and for a few frames after one ends;
// - otherwise every POLL ms, so a move set by script is followed within that time,
//   without keeping the page rendering frames when nothing happens.
// The box compared with is the one the highlights were last placed for: the element calls
// `sync()` (on the returned stop function) whenever it places them by another path (a
// scroll, a resize, a re-check). Otherwise a move seen only by that path (a transform set,
// then the editor scrolled) and undone before the next poll (the transform removed) would
// leave the box where the poll last saw it, and the move back would go unnoticed.

const POLL = 250;
const AFTER = 10; // frames still watched after the last transition/animation event
const STUCK = 5000; // ms: a transition whose end never came (its element removed)

export function watchBox(el, moved) {
  const doc = el.ownerDocument;
  const view = doc.defaultView ?? window;
  let last = null;
  let frame = 0;
  let timer = 0;
  let burst = 0;
  let running = 0; // transitions/animations started and not ended
  let lastEvent = 0;

  const box = () => {
    const r = el.getBoundingClientRect();
    return `${r.left},${r.top},${r.width},${r.height}`;
  };
  const check = () => {
    if (!el.isConnected) return;
    const now = box();
    if (last !== null && now !== last) moved();
    last = now;
  };
  const onFrame = () => {
    frame = 0;
    check();
    if (running > 0 && performance.now() - lastEvent > STUCK) running = 0;
    if (running > 0 || --burst > 0) frame = view.requestAnimationFrame(onFrame);
  };
  const animate = () => {
    burst = AFTER;
    lastEvent = performance.now();
    if (!frame) frame = view.requestAnimationFrame(onFrame);
  };
  const started = () => {
    running++;
    animate();
  };
  const ended = () => {
    running = Math.max(0, running - 1);
    animate();
  };
  const poll = () => {
    if (doc.visibilityState !== 'hidden' && !frame) check();
    timer = view.setTimeout(poll, POLL);
  };

  const options = { capture: true, passive: true };
  doc.addEventListener('transitionrun', started, options);
  doc.addEventListener('animationstart', started, options);
  for (const type of ['transitionend', 'transitioncancel', 'animationend', 'animationcancel']) {
    doc.addEventListener(type, ended, options);
  }
  check();
  timer = view.setTimeout(poll, POLL);
  const stop = () => {
    view.clearTimeout(timer);
    if (frame) view.cancelAnimationFrame(frame);
    doc.removeEventListener('transitionrun', started, options);
    doc.removeEventListener('animationstart', started, options);
    for (const type of ['transitionend', 'transitioncancel', 'animationend', 'animationcancel']) {
      doc.removeEventListener(type, ended, options);
    }
  };
  /** The box as it is now is the one the highlights are placed for (a layout read: call it before writes). */
  stop.sync = () => {
    if (el.isConnected) last = box();
  };
  return stop;
}
