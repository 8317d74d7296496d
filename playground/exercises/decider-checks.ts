/**
 * Check builders for the most common shapes: fold a stream with the learner's
 * `decider`, or hand it a command after some history. Each returns an
 * ExerciseCheck whose `run` produces { expected, actual } for the runner.
 */
import { deepFreeze, type Command, type Decider, type Event } from '#engine';
import { exportedObject, type ExerciseCheck, type LearnerModule, type Observation } from './kit.ts';

export type AnyDecider = Decider<unknown, Command, Event>;

/** The learner's `decider`, checked to have the three functions a decider needs. */
export function learnerDecider(learner: LearnerModule, name = 'decider'): AnyDecider {
  const decider = exportedObject<Partial<AnyDecider>>(learner, name);
  for (const fn of ['initialState', 'evolve', 'decide'] as const) {
    if (typeof decider[fn] !== 'function') {
      throw new TypeError(`"${name}.${fn}" must be a function.`);
    }
  }
  return decider as AnyDecider;
}

/** What a write to a frozen object throws (V8's words: "read only", "not extensible", "Cannot delete"). */
const FROZEN_WRITE = /read.only|not extensible|Cannot (add|assign|delete|define)/i;

/**
 * Left fold: the state after every event, starting from `initialState()`.
 * Every state and event evolve receives is deep-frozen (on a copy, so the
 * check's own data stays usable): an evolve that changes its input and
 * returns it would pass a plain fold, yet it breaks time travel and
 * snapshots, where earlier states must stay as they were.
 */
export function foldEvents(decider: AnyDecider, events: readonly Event[]): unknown {
  let state = deepFreeze(structuredClone(decider.initialState()));
  events.forEach((event, index) => {
    try {
      state = deepFreeze(decider.evolve(state, deepFreeze(structuredClone(event))));
    } catch (error) {
      if (error instanceof TypeError && FROZEN_WRITE.test(error.message)) {
        throw new TypeError(
          `evolve changed the state or the event it was given (event ${index}, ${event.type}): ${error.message}. ` +
            'Return a new object ({ ...state, field: value }) instead of assigning to state.',
          { cause: error },
        );
      }
      throw error;
    }
  });
  return state;
}

/** What a decide call did, as plain data that compares and prints well. */
export type DecideOutcome =
  | { events: Event[] }
  | { rejectedWith: 'DomainError'; message: string }
  | { threw: string };

/** Runs `decide` on the folded history; a DomainError is an outcome, not a crash. */
export function decideOutcome(decider: AnyDecider, given: readonly Event[], when: Command): DecideOutcome {
  const state = foldEvents(decider, given);
  try {
    const result = decider.decide(when, state);
    return { events: Array.isArray(result) ? result : [result] };
  } catch (error) {
    if (error instanceof Error && error.name === 'DomainError') {
      return { rejectedWith: 'DomainError', message: error.message };
    }
    return { threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

interface Words {
  given: string;
  when: string;
  then: string;
}

/** Given events, when folding them, then this state. */
export function stateCheck(words: Words, given: readonly Event[], expected: unknown): ExerciseCheck {
  return {
    ...words,
    run: (learner) => ({ expected, actual: foldEvents(learnerDecider(learner), given) }),
    spec: { kind: 'state', given: [...given], expected },
  };
}

/** Given events, when this command, then exactly these events. */
export function eventsCheck(
  words: Words,
  given: readonly Event[],
  when: Command,
  expected: readonly Event[],
): ExerciseCheck {
  return {
    ...words,
    run: (learner) => ({
      expected: { events: expected },
      actual: decideOutcome(learnerDecider(learner), given, when),
    }),
    spec: { kind: 'events', given: [...given], when, expected: [...expected] },
  };
}

/**
 * Given events, when this command, then a DomainError. Only the error's
 * kind is compared: learners word their messages themselves, and the page
 * shows the message they chose.
 */
export function rejectedCheck(words: Words, given: readonly Event[], when: Command): ExerciseCheck {
  return {
    ...words,
    run: (learner) => {
      const outcome = decideOutcome(learnerDecider(learner), given, when);
      const observation: Observation = {
        expected: { rejectedWith: 'DomainError' },
        actual: 'rejectedWith' in outcome ? { rejectedWith: outcome.rejectedWith } : outcome,
      };
      if ('events' in outcome) {
        const types = outcome.events.map((event) => event.type).join(', ') || 'no events';
        observation.explanation = `decide accepted the command and returned ${types}; it should throw a DomainError instead.`;
      } else if ('threw' in outcome) {
        observation.explanation = `decide threw ${outcome.threw}; a rule should throw a DomainError (new DomainError('why')).`;
      }
      return observation;
    },
    spec: { kind: 'rejected', given: [...given], when },
  };
}
