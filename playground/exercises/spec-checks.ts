/**
 * Mutation testing as the grader: the learner's given / when / then specs
 * must pass against a correct decider and fail against each known-wrong one
 * (a "mutant"). A spec suite that lets a mutant through has a hole, and the
 * check names the mutant, as a mutation-testing tool names a survivor.
 */
import { checkDecider, type Command, type Decider, type DeciderScenario, type Event } from '#engine';
import { exportedObject, type ExerciseCheck, type LearnerModule, type Observation } from './kit.ts';

export type AnySpec = DeciderScenario<Command, Event>;
type AnyDecider = Decider<unknown, Command, Event>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Why one spec cannot be run, in words that point at it; null when it is well formed. */
export function specProblem(spec: unknown, index: number): string | null {
  const where = `specs[${index}]`;
  if (!isRecord(spec)) return `${where} should be an object { given, when, then }.`;
  if (!Array.isArray(spec.given)) return `${where}.given should be an array of events ([] for a new stream).`;
  if (!spec.given.every((event) => isRecord(event) && typeof event.type === 'string')) {
    return `${where}.given should hold events, each with a type and data.`;
  }
  if (!isRecord(spec.when) || typeof spec.when.type !== 'string') return `${where}.when should be a command { type, data }.`;
  if (!('then' in spec) || spec.then === undefined) return `${where}.then should be the expected events, or { error: true }.`;
  return null;
}

/** The learner's `specs`, checked to be a non-empty list of runnable scenarios. */
export function learnerSpecs(learner: LearnerModule, name = 'specs'): AnySpec[] {
  const specs = exportedObject<unknown[]>(learner, name);
  if (!Array.isArray(specs)) throw new TypeError(`"${name}" should be an array of { given, when, then } specs.`);
  if (specs.length === 0) throw new TypeError(`"${name}" is empty: write at least one spec.`);
  specs.forEach((spec, index) => {
    const problem = specProblem(spec, index);
    if (problem) throw new TypeError(problem);
  });
  return specs as AnySpec[];
}

const nameOf = (spec: AnySpec, index: number): string => spec.title ?? `specs[${index}]`;

/** The specs that fail against this decider, each with why. */
export function failingSpecs(decider: AnyDecider, specs: readonly AnySpec[]): { spec: string; difference: string }[] {
  return specs.flatMap((spec, index) => {
    const result = checkDecider(decider, spec);
    return result.passed ? [] : [{ spec: nameOf(spec, index), difference: result.difference }];
  });
}

/** A decider the checks hold, or one made from the learner's module (the capstone grades specs against the learner's own decider). */
export type DeciderSource = AnyDecider | ((learner: LearnerModule) => AnyDecider);
const resolve = (source: DeciderSource, learner: LearnerModule): AnyDecider => (typeof source === 'function' ? source(learner) : source);

/** Given the correct decider, when running every spec, then none fails. */
export function specsPassCheck(decider: DeciderSource, name = 'specs', subject = 'the correct decider'): ExerciseCheck {
  return {
    given: subject,
    when: `running your ${name}`,
    then: 'every spec passes',
    run: (learner) => {
      const failing = failingSpecs(resolve(decider, learner), learnerSpecs(learner, name));
      const observation: Observation = { expected: { failing: [] }, actual: { failing } };
      if (failing.length > 0) {
        observation.explanation = `${failing.length} spec(s) fail against ${subject}, so they expect something it does not do: ${failing
          .map((f) => `"${f.spec}" (${f.difference.split('\n')[0]})`)
          .join('; ')}.`;
      }
      return observation;
    },
  };
}

/** A known-wrong decider and what is wrong with it, in the words the check shows. */
export interface Mutant {
  wrong: string;
  decider: DeciderSource;
}

/** Given a mutant, when running every spec, then at least one fails: the mutant is caught. */
export function mutantCaughtCheck(mutant: Mutant, name = 'specs'): ExerciseCheck {
  return {
    given: `a hidden wrong decider that ${mutant.wrong}`,
    when: `running your ${name}`,
    then: 'at least one spec fails (the mutant is caught)',
    run: (learner) => {
      const caught = failingSpecs(resolve(mutant.decider, learner), learnerSpecs(learner, name)).length > 0;
      const observation: Observation = { expected: { caught: true }, actual: { caught } };
      if (!caught) {
        observation.explanation = `Every spec passes against a decider that ${mutant.wrong}. Add a spec that this decider would fail.`;
      }
      return observation;
    },
  };
}
