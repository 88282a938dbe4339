// Shared by the adapters.

/**
 * The scale of a transform or zoom on an element: its client size over its CSS size.
 * offsetWidth is rounded to whole px, so ratios within half a px of 1 count as 1.
 */
export function scaleOf(client, offset) {
  if (!offset) return 1;
  const ratio = client / offset;
  return Math.abs(client - offset) <= 0.5 ? 1 : ratio;
}
