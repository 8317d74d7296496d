// Wrong: the outstanding list keeps invoices paid in full, at zero.
import { DomainError, type Decider, type DeciderScenario, type Projection } from '#engine';

// Billy: invoices for small businesses. The commands are the contract; the rest is a design.
export type InvoiceCommand =
  | { type: 'CreateInvoice'; data: { invoiceId: string; customer: string } }
  | { type: 'AddLine'; data: { invoiceId: string; description: string; amountCents: number } }
  | { type: 'SendInvoice'; data: { invoiceId: string } }
  | { type: 'RecordPayment'; data: { invoiceId: string; amountCents: number } };

// Past tense, and each carries the invoice id and what its readers need (InvoiceSent its total).
export type InvoiceEvent =
  | { type: 'InvoiceCreated'; data: { invoiceId: string; customer: string } }
  | { type: 'LineAdded'; data: { invoiceId: string; description: string; amountCents: number } }
  | { type: 'InvoiceSent'; data: { invoiceId: string; totalCents: number } }
  | { type: 'PaymentRecorded'; data: { invoiceId: string; amountCents: number } };

export interface Invoice {
  status: 'None' | 'Draft' | 'Sent' | 'Paid';
  totalCents: number;
  paidCents: number;
}

const reject = (why: string): never => {
  throw new DomainError(why);
};

export const decider: Decider<Invoice, InvoiceCommand, InvoiceEvent> = {
  initialState: () => ({ status: 'None', totalCents: 0, paidCents: 0 }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'InvoiceCreated':
        return { ...state, status: 'Draft' };
      case 'LineAdded':
        return { ...state, totalCents: state.totalCents + event.data.amountCents };
      case 'InvoiceSent':
        return { ...state, status: 'Sent' };
      case 'PaymentRecorded': {
        const paidCents = state.paidCents + event.data.amountCents;
        return { ...state, paidCents, status: paidCents >= state.totalCents ? 'Paid' : 'Sent' };
      }
    }
  },
  decide: (command, state) => {
    const { invoiceId } = command.data;
    if (command.type === 'CreateInvoice') {
      if (state.status !== 'None') reject(`Invoice ${invoiceId} exists already`);
      return { type: 'InvoiceCreated', data: command.data };
    }
    if (state.status === 'None') reject(`There is no invoice ${invoiceId}`);
    switch (command.type) {
      case 'AddLine':
        if (state.status !== 'Draft') reject('Lines can only be added to a draft');
        if (command.data.amountCents <= 0) reject('A line must have a positive amount');
        return { type: 'LineAdded', data: command.data };
      case 'SendInvoice':
        if (state.status !== 'Draft') reject('Only a draft can be sent');
        if (state.totalCents === 0) reject('An invoice needs at least one line');
        return { type: 'InvoiceSent', data: { invoiceId, totalCents: state.totalCents } };
      case 'RecordPayment': {
        if (state.status !== 'Sent') reject('Payments are recorded on a sent, unpaid invoice');
        const open = state.totalCents - state.paidCents;
        if (command.data.amountCents <= 0 || command.data.amountCents > open) reject(`Pay between 1 and ${open} cents`);
        return { type: 'PaymentRecorded', data: command.data };
      }
    }
  },
};

const created: InvoiceEvent = { type: 'InvoiceCreated', data: { invoiceId: 'INV-1', customer: 'Hygge ApS' } };
const line: InvoiceEvent = { type: 'LineAdded', data: { invoiceId: 'INV-1', description: 'Bookkeeping', amountCents: 10000 } };
const sent: InvoiceEvent = { type: 'InvoiceSent', data: { invoiceId: 'INV-1', totalCents: 10000 } };

export const specs: DeciderScenario<InvoiceCommand, InvoiceEvent>[] = [
  { title: 'an invoice is created', given: [], when: { type: 'CreateInvoice', data: created.data }, then: [created] },
  { title: 'an invoice is created once', given: [created], when: { type: 'CreateInvoice', data: created.data }, then: { error: true } },
  { title: 'a draft takes lines', given: [created], when: { type: 'AddLine', data: line.data }, then: [line] },
  { title: 'an empty draft is not sent', given: [created], when: { type: 'SendInvoice', data: { invoiceId: 'INV-1' } }, then: { error: true } },
  { title: 'sending states the total', given: [created, line], when: { type: 'SendInvoice', data: { invoiceId: 'INV-1' } }, then: [sent] },
  {
    title: 'no lines after sending',
    given: [created, line, sent],
    when: { type: 'AddLine', data: { invoiceId: 'INV-1', description: 'Extra', amountCents: 500 } },
    then: { error: true },
  },
  {
    title: 'a payment is recorded',
    given: [created, line, sent],
    when: { type: 'RecordPayment', data: { invoiceId: 'INV-1', amountCents: 4000 } },
    then: [{ type: 'PaymentRecorded', data: { invoiceId: 'INV-1', amountCents: 4000 } }],
  },
  {
    title: 'no paying more than is owed',
    given: [created, line, sent],
    when: { type: 'RecordPayment', data: { invoiceId: 'INV-1', amountCents: 10001 } },
    then: { error: true },
  },
];

/** Invoices sent and not yet paid in full, with what is still owed. */
export const outstanding: Projection<Record<string, number>, InvoiceEvent> = {
  name: 'outstanding',
  canHandle: ['InvoiceSent', 'PaymentRecorded'],
  initialState: () => ({}),
  evolve: (view, event) => {
    const id = event.data.invoiceId;
    let owed: number;
    if (event.type === 'InvoiceSent') owed = event.data.totalCents;
    else if (event.type === 'PaymentRecorded') owed = (view[id] ?? 0) - event.data.amountCents;
    else return view;
    const { [id]: _previous, ...others } = view;
    void _previous;
    return { ...others, [id]: owed };
  },
};

export const projections = [outstanding];
