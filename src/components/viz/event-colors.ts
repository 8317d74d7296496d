/** A stable hue per event type, so the same type has the same colour in every view. */
export function typeHue(type: string): number {
  let hash = 2166136261;
  for (let i = 0; i < type.length; i += 1) {
    hash ^= type.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return Math.abs(hash) % 360;
}
