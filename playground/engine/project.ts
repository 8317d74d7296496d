import { FoldError } from './errors.ts';
import type { Event, Projection } from './types.ts';

/**
 * A projection folds only the events it can handle. The lookup is a Set built
 * once per projection, not `Array.includes` per event.
 */
export function handlesEvent<View, Evt extends Event>(
  projection: Projection<View, Evt>,
): (event: Event) => event is Evt {
  const types = new Set<string>(projection.canHandle);
  return (event): event is Evt => types.has(event.type);
}

/**
 * Runs a projection over events and returns its view: the pure core that
 * inline, async and rebuilt projections all share, so they cannot disagree.
 * Throws a FoldError naming the projection and the event if `evolve` throws.
 */
export function project<View, Evt extends Event>(
  projection: Projection<View, Evt>,
  events: readonly Event[],
  initialView: View = projection.initialState(),
  startIndex = 0,
): View {
  const handles = handlesEvent(projection);
  let view = initialView;
  let i = 0;
  try {
    for (; i < events.length; i++) {
      const event = events[i] as Event;
      if (handles(event)) view = projection.evolve(view, event);
    }
  } catch (cause) {
    throw new FoldError(startIndex + i, events[i]?.type ?? 'unknown', cause, `projection ${projection.name}`);
  }
  return view;
}
