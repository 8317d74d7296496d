import type { Event } from './types.ts';

/**
 * Event shapes change; stored events must not. An upcaster raises one event
 * type from one schema version to the next *on read*, so old streams keep
 * their bytes and new code sees only the current shape (Emmett's `upcast`,
 * Marten's and Axon's upcasters). Events without `schemaVersion` are
 * version 1.
 */
export interface Upcaster {
  eventType: string;
  fromVersion: number;
  /** Must return a new event (never mutate the input): stored events are facts. */
  upcast: (event: Event) => Event;
}

export type Upcast = (event: Event) => Event;

export function schemaVersionOf(event: Event): number {
  return event.metadata?.schemaVersion ?? 1;
}

/**
 * Builds one function that applies every matching upcaster in turn, v1 -> v2
 * -> v3, until none matches. The result's `metadata.schemaVersion` is set to
 * the version reached; an upcaster may also rename the type.
 */
export function createUpcaster(upcasters: readonly Upcaster[]): Upcast {
  const byKey = new Map<string, Upcaster>();
  for (const upcaster of upcasters) {
    const key = `${upcaster.eventType}@${upcaster.fromVersion}`;
    if (byKey.has(key)) throw new Error(`Two upcasters for ${upcaster.eventType} v${upcaster.fromVersion}`);
    byKey.set(key, upcaster);
  }
  if (byKey.size === 0) return (event) => event;
  return (event) => {
    let current = event;
    for (let guard = 0; guard < 1000; guard++) {
      const version = schemaVersionOf(current);
      const upcaster = byKey.get(`${current.type}@${version}`);
      if (!upcaster) return current;
      const raised = upcaster.upcast(current);
      current = {
        ...raised,
        metadata: { ...current.metadata, ...raised.metadata, schemaVersion: version + 1 },
      };
    }
    throw new Error(`Upcasters for ${event.type} loop`);
  };
}
