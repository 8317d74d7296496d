/**
 * The text of an exported project's small files: package.json, tsconfig,
 * the start script and the DeciderSpecification tests. Pure functions of
 * their input; the data they embed is written as TypeScript literals, so
 * the tests need no JSON parsing and tsc checks the cases' shape.
 */
import type { Event } from '#engine';
import type { DeciderCase } from '../../../playground/exercises/kit.ts';
import type { ExampleSpecCases } from '../../../playground/examples/spec-cases.ts';
import { projectVersions } from './versions.ts';

/** A literal for generated code: JSON is valid TypeScript. */
const literal = (value: unknown): string => JSON.stringify(value, null, 2);

export function packageJson(name: string, description: string, testFiles: readonly string[]): string {
  const manifest = {
    name,
    version: '1.0.0',
    private: true,
    type: 'module',
    description,
    imports: { '#engine': './engine/index.ts' },
    scripts: {
      start: 'tsx src/start.ts',
      test: `node --import tsx --test ${testFiles.join(' ')}`,
      typecheck: 'tsc --noEmit',
    },
    dependencies: { '@event-driven-io/emmett': projectVersions.emmett },
    devDependencies: {
      '@types/node': projectVersions.typesNode,
      tsx: projectVersions.tsx,
      typescript: projectVersions.typescript,
    },
    engines: { node: '>=20.6' },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export const tsconfigJson = `${JSON.stringify(
  {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      types: ['node'],
      strict: true,
      noEmit: true,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
    },
    include: ['src', 'test', 'engine'],
  },
  null,
  2,
)}\n`;

export function startScript(streamName: string): string {
  return `/**
 * npm start: appends the events of events.json to Emmett's in-memory event
 * store, reads the stream back, and prints the state your decider folds
 * from it and the views of your projections (run inline by Emmett, in the
 * same append). Change events.json or src/domain.ts and run it again.
 */
import { readFileSync } from 'node:fs';
import * as domain from './domain.ts';
import {
  createStore,
  emmettSchema,
  learnerDecider,
  learnerProjections,
  learnerUpcast,
  parseEvents,
  show,
  toEmmettDecider,
  toEmmettEvent,
  viewOf,
} from './emmett-adapter.ts';

const streamName = ${JSON.stringify(streamName)};
const events = parseEvents(readFileSync(new URL('./events.json', import.meta.url), 'utf8'));
const decider = toEmmettDecider(learnerDecider(domain));
const projections = learnerProjections(domain);
const upcast = learnerUpcast(domain);
const store = createStore(projections, upcast);

const appended = await store.appendToStream(streamName, events.map(toEmmettEvent));
console.log('Appended ' + events.length + ' events to ' + streamName + ' in Emmett\\'s in-memory event store (stream version ' + appended.nextExpectedStreamVersion + ').');

const { state, currentStreamVersion } = await store.aggregateStream(streamName, {
  evolve: decider.evolve,
  initialState: decider.initialState,
  ...(upcast ? { read: { schema: emmettSchema(upcast) } } : {}),
});
console.log('');
console.log('State after reading the stream back (' + currentStreamVersion + ' events):');
console.log(show(state));
for (const projection of projections) {
  console.log('');
  console.log('Projection "' + projection.name + '" (inline):');
  console.log(show(await viewOf(store, projection, streamName)));
}
`;
}

const specHeader = (what: string) => `/**
 * ${what}
 * Written with Emmett's DeciderSpecification: given events, when a command,
 * then the events it decides, or thenThrows for a rule that rejects it.
 * A test that fails names the case: its title is the rule or the step.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeciderSpecification, getInMemoryEventStore } from '@event-driven-io/emmett';
import { DomainError, type Command, type Event } from '#engine';
import * as domain from '../src/domain.ts';
import { learnerDecider, learnerUpcast, toEmmettCommand, toEmmettDecider, toEmmettEvent } from '../src/emmett-adapter.ts';

const decider = toEmmettDecider(learnerDecider(domain));
const spec = DeciderSpecification.for(decider);
`;

/** The example's story and rules, as specifications for the decider in src/domain.ts. */
export function exampleSpecTest(stream: readonly Event[], cases: ExampleSpecCases): string {
  return `${specHeader("The example's rules, derived from the site's reference decider: each step of the\n * story with the events it produced, and for each invariant a command it rejects.")}
const upcast = learnerUpcast(domain) ?? ((event: Event) => event);

/** The example's stream as stored (old schema versions included): the "given" of every case. */
const stream: Event[] = ${literal(stream)};
const given = (count: number) => stream.slice(0, count).map(upcast).map(toEmmettEvent);

const story: { given: number; when: Command; then: Event[] }[] = ${literal(cases.storyCases)};

const rules: { invariant: string; given: number; when: Command }[] = ${literal(cases.ruleCases)};

describe('the story, command by command', () => {
  story.forEach((step, i) => {
    test('step ' + (i + 1) + ': ' + step.when.type + ' after ' + step.given + ' events', () => {
      spec(given(step.given)).when(toEmmettCommand(step.when)).then(step.then.map(toEmmettEvent));
    });
  });
});

describe('the rules', () => {
  for (const rule of rules) {
    test(rule.invariant + ' (' + rule.when.type + ' is rejected)', () => {
      spec(given(rule.given))
        .when(toEmmettCommand(rule.when))
        .thenThrows((error: Error) => error instanceof DomainError && error.invariant === rule.invariant);
    });
  }
});

test('the stream folds without errors', async () => {
  const store = getInMemoryEventStore();
  await store.appendToStream('Check-1', given(stream.length));
  const { currentStreamVersion } = await store.aggregateStream('Check-1', decider);
  assert.equal(currentStreamVersion, BigInt(stream.length));
});
`;
}

export interface TitledCase {
  title: string;
  spec: DeciderCase;
}

/** The exercise's decider checks, as specifications for the decider in src/domain.ts. */
export function exerciseSpecTest(cases: readonly TitledCase[]): string {
  return `${specHeader("The exercise's decider checks, the same cases the site checks.")}
type Case =
  | { title: string; spec: { kind: 'state'; given: Event[]; expected: unknown } }
  | { title: string; spec: { kind: 'events'; given: Event[]; when: Command; expected: Event[] } }
  | { title: string; spec: { kind: 'rejected'; given: Event[]; when: Command } };

const cases: Case[] = ${literal(cases)};

describe('decider checks', () => {
  for (const { title, spec: check } of cases) {
    test(title, async () => {
      const given = check.given.map(toEmmettEvent);
      if (check.kind === 'state') {
        // State is read the way an application reads it: append, then aggregate the stream.
        const store = getInMemoryEventStore();
        if (given.length > 0) await store.appendToStream('Exercise-1', given);
        const { state } = await store.aggregateStream('Exercise-1', decider);
        assert.deepStrictEqual(state, check.expected);
      } else if (check.kind === 'events') {
        spec(given).when(toEmmettCommand(check.when)).then(check.expected.map(toEmmettEvent));
      } else {
        spec(given).when(toEmmettCommand(check.when)).thenThrows((error: Error) => error instanceof DomainError);
      }
    });
  }
});
`;
}

/** Runs the exercise's own checks (shipped in test/checks/) against src/domain.ts, one test each. */
export const exerciseChecksTest = `/**
 * The exercise's own checks, exactly as the site runs them when you press
 * Check: one test per check, named by its given / when / then.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as domain from '../src/domain.ts';
import { checks } from './checks/exercise/checks.ts';
import { runCheck } from './checks/check-runner.ts';
import { titleOf } from './checks/kit.ts';

for (const check of checks) {
  test(titleOf(check), async () => {
    const result = await runCheck(check, domain);
    assert.ok(result.passed, result.difference + '\\nexpected: ' + result.expected + '\\nactual: ' + result.actual);
  });
}
`;
