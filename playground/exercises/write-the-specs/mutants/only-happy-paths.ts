// Wrong: only happy paths are specified, so deciders that accept what they should reject all pass.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "import { DomainError, type Decider, type DeciderScenario } from '#engine';",
    ],
    with: [
      "",
      "import { DomainError, type Decider, type DeciderScenario } from '#engine';",
    ],
  },
  {
    replace: [
      "    title: 'an order is placed once',",
      "    given: [placed],",
      "    when: { type: 'PlaceOrder', data: { items: ['tea'] } },",
      "    then: { error: true },",
      "  },",
      "  {",
      "    title: 'an order without items is rejected',",
      "    given: [],",
      "    when: { type: 'PlaceOrder', data: { items: [] } },",
      "    then: { error: true },",
      "  },",
      "  {",
    ],
    with: [],
  },
  {
    replace: [
      "    title: 'a cancelled order cannot be scanned',",
      "    given: [placed, cancelled],",
      "    when: { type: 'ScanOrder', data: { scanned_by: 'Ana', dock: 'D4' } },",
      "    then: { error: true },",
      "  },",
      "  {",
    ],
    with: [],
  },
  {
    replace: [
      "    title: 'an order nobody scanned does not ship',",
      "    given: [placed],",
      "    when: { type: 'ShipOrder', data: { carrier: 'UPS', tracking_number: '1Z999' } },",
      "    then: { error: true },",
      "  },",
      "  {",
      "    title: 'a shipped order can no longer be cancelled',",
      "    given: [placed, scanned, shipped],",
      "    when: { type: 'CancelOrder', data: { reason: 'changed my mind' } },",
      "    then: { error: true },",
      "  },",
      "  {",
    ],
    with: [],
  },
  {
    replace: [
      "  },",
      "  {",
      "    title: 'cancelling twice records nothing new',",
      "    given: [placed, cancelled],",
      "    when: { type: 'CancelOrder', data: { reason: 'changed my mind' } },",
      "    then: [],",
    ],
    with: [],
  },
];
