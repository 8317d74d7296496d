import type { Decider } from '#engine';

// A Yammer-style feed read model, fed by an event stream that delivers at least once.
export type FeedEvent =
  | { type: 'MessagePosted'; data: { message: string; group: string } }
  | { type: 'MessageLiked'; data: { message: string; by: string } };

/** An event as the subscription delivers it: with its position in the log. */
export type Delivered = FeedEvent & { metadata: { globalPosition: number } };

export interface LikesView {
  likes: Record<string, number>;
}

/** One document: the view and how far it has read, saved in one write. */
export interface Stored {
  checkpoint: number;
  view: LikesView;
}

/** The projection's fold: counting is not idempotent, so a duplicate counts twice. */
export function evolve(view: LikesView, event: FeedEvent): LikesView {
  switch (event.type) {
    case 'MessagePosted':
      return { likes: { ...view.likes, [event.data.message]: 0 } };
    case 'MessageLiked':
      return { likes: { ...view.likes, [event.data.message]: (view.likes[event.data.message] ?? 0) + 1 } };
  }
}

/**
 * Handles one delivered batch and returns the document to save. A batch may
 * come again (the consumer crashed before it acknowledged it) or overlap the
 * last one: events at or before the checkpoint were applied already.
 */
export function handleBatch(stored: Stored, batch: Delivered[]): Stored {
  // TODO: a redelivered batch counts every like again. Skip what the checkpoint says was applied.
  let { checkpoint, view } = stored;
  for (const event of batch) {
    view = evolve(view, event);
    checkpoint = event.metadata.globalPosition;
  }
  return { checkpoint, view };
}

export const decider: Decider<LikesView, { type: 'Noop'; data: null }, FeedEvent> = {
  initialState: () => ({ likes: {} }),
  evolve,
  decide: () => [],
};
