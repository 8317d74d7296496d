/**
 * Applies an example's `upcasters` to one stored event (Node-side helper for
 * building and testing streams; the engine does the same on read).
 *
 * An upcaster raises events of one type from `fromVersion` to the next
 * version. Events without `schemaVersion` are in today's shape already.
 */
import type { Event } from '#engine';

export interface UpcasterLike {
  eventType: string;
  fromVersion: number;
  upcast: (event: never) => Event;
}

export function upcastEvent(upcasters: readonly UpcasterLike[], event: Event): Event {
  let current = event;
  // Each step raises one version, so a v1 event passes v1->v2, then v2->v3.
  for (let guard = 0; guard < 100; guard++) {
    const version = current.metadata?.schemaVersion;
    const step = upcasters.find((u) => u.eventType === current.type && u.fromVersion === version);
    if (!step) return current;
    current = (step.upcast as (e: Event) => Event)(current);
  }
  throw new Error(`upcasters for ${event.type} do not end`);
}
