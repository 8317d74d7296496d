// Wrong: the event recorded when an invoice is sent is named like the command (SendInvoice), not as a fact.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  | { type: 'InvoiceSent'; data: { invoiceId: string; totalCents: number } }",
    ],
    with: [
      "  | { type: 'SendInvoice'; data: { invoiceId: string; totalCents: number } }",
    ],
  },
  {
    replace: [
      "      case 'InvoiceSent':",
    ],
    with: [
      "      case 'SendInvoice':",
    ],
  },
  {
    replace: [
      "        return { type: 'InvoiceSent', data: { invoiceId, totalCents: state.totalCents } };",
    ],
    with: [
      "        return { type: 'SendInvoice', data: { invoiceId, totalCents: state.totalCents } };",
    ],
  },
  {
    replace: [
      "const sent: InvoiceEvent = { type: 'InvoiceSent', data: { invoiceId: 'INV-1', totalCents: 10000 } };",
    ],
    with: [
      "const sent: InvoiceEvent = { type: 'SendInvoice', data: { invoiceId: 'INV-1', totalCents: 10000 } };",
    ],
  },
  {
    replace: [
      "  canHandle: ['InvoiceSent', 'PaymentRecorded'],",
    ],
    with: [
      "  canHandle: ['SendInvoice', 'PaymentRecorded'],",
    ],
  },
  {
    replace: [
      "    if (event.type === 'InvoiceSent') owed = event.data.totalCents;",
    ],
    with: [
      "    if (event.type === 'SendInvoice') owed = event.data.totalCents;",
    ],
  },
];
