import { deepFreeze, type Event } from '#engine';
import { exportedFunction, type ExerciseCheck, type LearnerModule } from '../kit.ts';

const at = (globalPosition: number, event: Omit<Event, 'metadata'>): Event => ({ ...event, metadata: { globalPosition } });
const posted = (n: number, message: string) => at(n, { type: 'MessagePosted', data: { message, group: 'berlin-buzzwords' } });
const liked = (n: number, message: string, by: string) => at(n, { type: 'MessageLiked', data: { message, by } });

const log: Event[] = [
  posted(1, 'm1'),
  posted(2, 'm2'),
  liked(3, 'm1', 'ana'),
  liked(4, 'm1', 'bo'),
  liked(5, 'm2', 'ana'),
];
const posts = log.slice(0, 2);
const likes = log.slice(2, 4);
const empty = { checkpoint: 0, view: { likes: {} } };

export const sample: Event[] = log;

interface Stored {
  checkpoint: number;
  view: unknown;
}
type HandleBatch = (stored: Stored, batch: Event[]) => Stored;

/**
 * Delivers the batches one after another, as a subscription would, saving
 * what each call returns. Inputs are frozen: the document on disk is not
 * the consumer's to edit in place.
 */
function deliver(learner: LearnerModule, batches: Event[][]): Stored {
  const handle = exportedFunction<HandleBatch>(learner, 'handleBatch');
  return batches.reduce<Stored>((stored, batch) => handle(deepFreeze(structuredClone(stored)), deepFreeze(structuredClone(batch))), empty);
}

const afterLikes = { checkpoint: 4, view: { likes: { m1: 2, m2: 0 } } };
const afterAll = { checkpoint: 5, view: { likes: { m1: 2, m2: 1 } } };

export const checks: ExerciseCheck[] = [
  {
    given: 'an empty read model',
    when: 'the batches #1–#2 and #3–#4 are delivered',
    then: 'm1 has two likes, m2 none, and the checkpoint is 4',
    run: (learner) => ({ expected: afterLikes, actual: deliver(learner, [posts, likes]) }),
  },
  {
    given: 'the batch #3–#4 was applied, but its acknowledgement was lost',
    when: 'the same batch is delivered again',
    then: 'nothing changes: m1 still has two likes, checkpoint 4',
    run: (learner) => ({ expected: afterLikes, actual: deliver(learner, [posts, likes, likes]) }),
  },
  {
    given: 'everything up to #4 was applied',
    when: 'an overlapping batch #4–#5 is delivered',
    then: 'only #5 is applied: m1 keeps two likes, m2 has one',
    run: (learner) => ({ expected: afterAll, actual: deliver(learner, [posts, likes, log.slice(3)]) }),
  },
  {
    given: 'everything up to #5 was applied',
    when: 'old events #3–#4 arrive late, then an empty batch',
    then: 'the read model is unchanged',
    run: (learner) => ({ expected: afterAll, actual: deliver(learner, [log, likes, []]) }),
  },
  {
    given: 'an empty read model',
    when: 'the whole log is delivered one event at a time, each twice',
    then: 'it ends as if each event came once',
    run: (learner) => ({ expected: afterAll, actual: deliver(learner, log.flatMap((event) => [[event], [event]])) }),
  },
];
