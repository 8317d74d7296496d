// Wrong: the specs cover only happy paths, so a decider that never rejects passes them all.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  { title: 'an invoice is created once', given: [created], when: { type: 'CreateInvoice', data: created.data }, then: { error: true } },",
    ],
    with: [],
  },
  {
    replace: [
      "  { title: 'an empty draft is not sent', given: [created], when: { type: 'SendInvoice', data: { invoiceId: 'INV-1' } }, then: { error: true } },",
    ],
    with: [],
  },
  {
    replace: [
      "    title: 'no lines after sending',",
      "    given: [created, line, sent],",
      "    when: { type: 'AddLine', data: { invoiceId: 'INV-1', description: 'Extra', amountCents: 500 } },",
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
      "    title: 'no paying more than is owed',",
      "    given: [created, line, sent],",
      "    when: { type: 'RecordPayment', data: { invoiceId: 'INV-1', amountCents: 10001 } },",
      "    then: { error: true },",
    ],
    with: [],
  },
];
