/** The given / when / then cases derived from an example's story and rules (spec-cases.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError, createUpcaster } from '#engine';
import { deriveSpecCases } from '../../../playground/examples/spec-cases.ts';
import { loadExample } from './load.ts';
import { story } from '../../../playground/examples/bank-account/story.ts';
import { story as savingsStory } from '../../../playground/examples/upcasting/story.ts';

test('bank account: one case per story command, with the events it produced, and a rejected command per rule', async () => {
  const example = await loadExample('bank-account');
  const cases = deriveSpecCases(example.decider, story, example.meta);
  assert.equal(cases.storyCases.length, story.length);
  assert.deepEqual(cases.storyCases[1], {
    given: 1,
    when: { type: 'DepositMoney', data: { amount: 500, description: 'Opening deposit' } },
    then: [{ type: 'MoneyDeposited', data: { amount: 500, description: 'Opening deposit' } }],
  });
  assert.deepEqual(cases.uncovered, []);
  assert.deepEqual(cases.ruleCases.map((rule) => rule.invariant), example.meta.invariants);
  for (const rule of cases.ruleCases) {
    const state = example.events.slice(0, rule.given).reduce(example.decider.evolve, example.decider.initialState());
    assert.throws(() => example.decider.decide(rule.when, state), (error: unknown) => error instanceof DomainError && error.invariant === rule.invariant);
  }
  assert.ok(cases.acceptedAtEnd, 'a command is accepted after the story');
});

test('an invariant no candidate command breaks is listed as uncovered, not invented', async () => {
  const example = await loadExample('upcasting');
  const cases = deriveSpecCases(example.decider, savingsStory, example.meta, createUpcaster(example.upcasters));
  // The account was opened by a legacy event, so no OpenAccount command exists to try twice.
  assert.deepEqual(cases.uncovered, ['An account is opened once']);
  assert.ok(cases.ruleCases.some((rule) => rule.invariant === 'The account must be open' && rule.given === 0));
  // Legacy steps are no cases (they were recorded, not decided), so the first case comes after them.
  assert.equal(cases.storyCases[0]?.given, savingsStory.filter((step) => 'recorded' in step).length);
});
