// Where two versions of a text differ, shared by the element, its adapters and the
// checking worker.

/** Where two strings differ: [common prefix length, old end, new end]. Compares in
 *  blocks with native string equality first (a long draft costs a memcmp, not a loop). */
export function changedRegion(before, after) {
  const max = Math.min(before.length, after.length);
  const B = 4096;
  let p = 0;
  while (p + B <= max && before.slice(p, p + B) === after.slice(p, p + B)) p += B;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  const room = max - p;
  while (s + B <= room && before.slice(before.length - s - B, before.length - s) === after.slice(after.length - s - B, after.length - s)) s += B;
  while (s < room && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return [p, before.length - s, after.length - s];
}
