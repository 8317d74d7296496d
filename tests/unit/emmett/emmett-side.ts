/**
 * The Emmett side of the differential tests. The conversions come from the
 * adapter every exported project ships (template/emmett-adapter.ts), so the
 * code proven here is the code learners download. Added here: the command
 * handler with the metadata an application stamps on new events.
 * Not a test file (node --test runs only *.test.ts).
 */
import { DeciderCommandHandler, type Command as EmmettCommand, type Event as EmmettEvent } from '@event-driven-io/emmett';
import type { EventMetadata } from '#engine';
import { emmettSchema, toEmmettDecider, type AnyDecider, type Upcast } from '../../../src/components/emmett-export/template/emmett-adapter.ts';

export {
  createStore,
  emmettSchema,
  pickMetadata,
  toEmmettCommand,
  toEmmettDecider,
  toEmmettEvent,
  viewOf,
  type AnyDecider,
} from '../../../src/components/emmett-export/template/emmett-adapter.ts';

/**
 * A decider whose decide stamps the metadata an application adds to new
 * events (when, by whom), as the story did when it wrote events.json.
 */
export function stamping(decider: AnyDecider, metadata: EventMetadata): AnyDecider {
  return {
    ...decider,
    decide: (command, state) => {
      const decided = decider.decide(command, state);
      const events = Array.isArray(decided) ? decided : [decided];
      return events.map((event, i) => ({
        ...event,
        metadata: {
          ...metadata,
          // Events of one command are a millisecond apart, as in stream-builder.ts.
          ...(metadata.occurredAt ? { occurredAt: new Date(Date.parse(metadata.occurredAt) + i).toISOString() } : {}),
          ...event.metadata,
        },
      }));
    },
  };
}

/** Emmett's DeciderCommandHandler for the decider; `upcast` goes into Emmett's own schema versioning. */
export function emmettHandler(decider: AnyDecider, upcast?: Upcast) {
  return DeciderCommandHandler<unknown, EmmettCommand, EmmettEvent>({
    ...toEmmettDecider(decider),
    ...(upcast ? { schema: emmettSchema(upcast) } : {}),
  });
}

/** Type and data only: what both sides must agree on, whatever metadata each store adds. */
export const payloads = (events: readonly { type: string; data: unknown }[]) =>
  events.map(({ type, data }) => ({ type, data }));
