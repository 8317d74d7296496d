import { DomainError, type Decider, type DeciderScenario, type Projection } from '#engine';

// Billy: invoices for small businesses. The commands are the contract; the rest is yours to design.
export type InvoiceCommand =
  | { type: 'CreateInvoice'; data: { invoiceId: string; customer: string } }
  | { type: 'AddLine'; data: { invoiceId: string; description: string; amountCents: number } }
  | { type: 'SendInvoice'; data: { invoiceId: string } }
  | { type: 'RecordPayment'; data: { invoiceId: string; amountCents: number } };

// TODO: your events: past tense, plain data, each carrying the invoiceId.
export type InvoiceEvent = { type: 'RenameMe'; data: { invoiceId: string } };

// TODO: what decide needs to know about one invoice.
export interface Invoice {
  status: 'None';
}

export const decider: Decider<Invoice, InvoiceCommand, InvoiceEvent> = {
  initialState: () => ({ status: 'None' }),
  evolve: (state) => state,
  decide: () => {
    throw new DomainError('Not designed yet');
  },
};

// TODO: given / when / then specs for your decider (then: [events] or { error: true }).
export const specs: DeciderScenario<InvoiceCommand, InvoiceEvent>[] = [];

// TODO: invoices sent and not paid in full: { [invoiceId]: cents still owed }.
export const outstanding: Projection<Record<string, number>, InvoiceEvent> = {
  name: 'outstanding',
  canHandle: [],
  initialState: () => ({}),
  evolve: (view) => view,
};

export const projections = [outstanding];
