import { createInMemoryEventStore, deepFreeze, isValidStreamName, streamCategory, type Command, type Event, type EventStore } from '#engine';
import { exportedFunction, type ExerciseCheck, type LearnerModule } from '../kit.ts';
import { decideOutcome, learnerDecider } from '../decider-checks.ts';

const reserve = (section: string, seat: string, customer: string, show = 'S1'): Command => ({
  type: 'ReserveSeat',
  data: { show, section, seat, customer },
});
const reserved = (section: string, seat: string, customer: string): Event => ({ ...reserve(section, seat, customer), type: 'SeatReserved' });

/** Section A's presale: Ana holds the four seats she may hold, Bo one. */
const presaleA: Event[] = [
  reserved('A', 'A1', 'ana'),
  reserved('A', 'A2', 'ana'),
  reserved('A', 'A3', 'bo'),
  reserved('A', 'A4', 'ana'),
  reserved('A', 'A5', 'ana'),
];

export const sample: Event[] = presaleA;

type StreamFor = (command: Command) => string;
type CloseTheBooks = (streamName: string, events: Event[], phase: string) => { closing: Event; next: string; opening: Event };

const streamFor = (learner: LearnerModule): StreamFor => exportedFunction<StreamFor>(learner, 'streamFor');

function nameOf(learner: LearnerModule, command: Command): string {
  const name = streamFor(learner)(deepFreeze(structuredClone(command)));
  if (typeof name !== 'string' || !isValidStreamName(name)) {
    throw new TypeError(`streamFor returned ${JSON.stringify(name)}: a stream name is "category-id", e.g. "Section-S1_A".`);
  }
  return name;
}

/**
 * Every buyer reads their stream, then every buyer appends with the version
 * they read: the on-sale's worst moment, when all requests arrive at once.
 */
function onSale(learner: LearnerModule, store: EventStore, commands: Command[]): { reserved: number; conflicts: number; rejected: number } {
  const decider = learnerDecider(learner);
  const decided = commands.map((command) => {
    const stream = nameOf(learner, command);
    const { events, currentStreamVersion } = store.readStream(stream);
    return { stream, version: currentStreamVersion, outcome: decideOutcome(decider, events, command) };
  });
  const tally = { reserved: 0, conflicts: 0, rejected: 0 };
  for (const { stream, version, outcome } of decided) {
    if (!('events' in outcome)) {
      tally.rejected += 1;
      continue;
    }
    try {
      store.appendToStream(stream, outcome.events, { expectedStreamVersion: version });
      tally.reserved += 1;
    } catch (error) {
      if (!(error instanceof Error && error.name === 'ExpectedVersionConflictError')) throw error;
      tally.conflicts += 1;
    }
  }
  return tally;
}

/** A store that already holds section A's presale, written through the learner's stream names. */
function storeWithPresale(learner: LearnerModule): EventStore {
  const store = createInMemoryEventStore();
  for (const event of presaleA) store.appendToStream(nameOf(learner, event as Command), [event]);
  return store;
}

function closed(learner: LearnerModule) {
  const name = nameOf(learner, reserve('A', 'A1', 'ana'));
  const result = exportedFunction<CloseTheBooks>(learner, 'closeTheBooks')(name, deepFreeze(structuredClone(presaleA)), 'onsale');
  return { name, ...result };
}

export const checks: ExerciseCheck[] = [
  {
    given: 'seats A1 and A7 of show S1, B1 of S1, and A1 of show S2',
    when: 'asking streamFor each',
    then: 'one section of one show shares a stream; other sections and shows have their own',
    run: (learner) => {
      const [a1, a7, b1, otherShow] = [reserve('A', 'A1', 'ana'), reserve('A', 'A7', 'bo'), reserve('B', 'B1', 'cy'), reserve('A', 'A1', 'di', 'S2')].map((c) => nameOf(learner, c));
      return {
        expected: { sameSectionShares: true, otherSectionApart: true, otherShowApart: true },
        actual: { sameSectionShares: a1 === a7, otherSectionApart: a1 !== b1, otherShowApart: a1 !== otherShow },
      };
    },
  },
  {
    given: 'three buyers in sections A, B and C of one show, all reading before anyone appends',
    when: 'each appends with the version they read',
    then: 'all three reservations land: no version conflict between sections',
    run: (learner) => ({
      expected: { reserved: 3, conflicts: 0, rejected: 0 },
      actual: onSale(learner, createInMemoryEventStore(), [reserve('A', 'A9', 'ana'), reserve('B', 'B1', 'bo'), reserve('C', 'C1', 'cy')]),
    }),
  },
  {
    given: 'Ana holds four seats in section A',
    when: 'she reserves A6, then B1 in section B',
    then: 'A6 is rejected (four per section) and B1 is hers',
    run: (learner) => {
      const store = storeWithPresale(learner);
      return {
        expected: [{ reserved: 0, conflicts: 0, rejected: 1 }, { reserved: 1, conflicts: 0, rejected: 0 }],
        actual: [onSale(learner, store, [reserve('A', 'A6', 'ana')]), onSale(learner, store, [reserve('B', 'B1', 'ana')])],
      };
    },
  },
  {
    given: "section A's presale stream",
    when: "closing its books for the 'onsale' phase",
    then: 'the new stream is another stream of the same category, and the two events point at each other',
    run: (learner) => {
      const { name, next, closing, opening } = closed(learner);
      return {
        expected: { newStream: true, sameCategory: true, closing: { continuedIn: next }, opening: { continuedFrom: name } },
        actual: {
          newStream: next !== name && isValidStreamName(next),
          sameCategory: isValidStreamName(next) && streamCategory(next) === streamCategory(name),
          closing: { continuedIn: (closing.data as { continuedIn?: unknown }).continuedIn },
          opening: { continuedFrom: (opening.data as { continuedFrom?: unknown }).continuedFrom },
        },
      };
    },
  },
  {
    given: 'the books of section A closed, and the new stream holding only the opening summary',
    when: 'folding the new stream',
    then: 'the state is the old stream’s, without its past',
    run: (learner) => {
      const decider = learnerDecider(learner);
      const { opening } = closed(learner);
      const fold = (events: Event[]) => events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
      return { expected: fold(presaleA), actual: fold([opening]) };
    },
  },
  {
    given: 'the books of section A closed',
    when: 'Bo reserves A6 on the old stream, then on the new one; then Ana asks for A6 and A7 on the new one',
    then: 'the old stream refuses; the new one sells A6 to Bo, and refuses Ana (taken, and her limit carries over)',
    run: (learner) => {
      const decider = learnerDecider(learner);
      const { closing, opening } = closed(learner);
      const outcome = (given: Event[], command: Command) => ('events' in decideOutcome(decider, given, command) ? 'accepted' : 'rejected');
      const bought = reserved('A', 'A6', 'bo');
      return {
        expected: ['rejected', 'accepted', 'rejected', 'rejected'],
        actual: [
          outcome([...presaleA, closing], reserve('A', 'A6', 'bo')),
          outcome([opening], reserve('A', 'A6', 'bo')),
          outcome([opening, bought], reserve('A', 'A6', 'ana')),
          outcome([opening, bought], reserve('A', 'A7', 'ana')),
        ],
      };
    },
  },
];
