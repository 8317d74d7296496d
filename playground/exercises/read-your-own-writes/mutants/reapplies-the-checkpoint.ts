// Wrong: starts at the checkpoint instead of after it, so the last event the projection applied is applied again; "the projection lags at checkpoint 1 and we wrote event 2" must catch it.
import type { Decider, Event, Projection } from '#engine';

// Billy: services talk by asynchronous events, so read models lag behind writes.
export type InvoiceEvent =
  | { type: 'InvoiceCreated'; data: { id: string; customer: string; amount: number } }
  | { type: 'InvoicePaid'; data: { id: string } }
  | { type: 'ReminderSent'; data: { id: string } };

export interface InvoiceRow {
  id: string;
  customer: string;
  amount: number;
  paid: boolean;
}
export interface InvoiceList {
  invoices: InvoiceRow[];
}

export const invoiceList: Projection<InvoiceList, InvoiceEvent> = {
  name: 'invoiceList',
  canHandle: ['InvoiceCreated', 'InvoicePaid'],
  initialState: () => ({ invoices: [] }),
  evolve: (view, event) => {
    switch (event.type) {
      case 'InvoiceCreated':
        return { invoices: [...view.invoices, { ...event.data, paid: false }] };
      case 'InvoicePaid':
        return {
          invoices: view.invoices.map((row) => (row.id === event.data.id ? { ...row, paid: true } : row)),
        };
      default:
        return view;
    }
  },
};

export const projections = [invoiceList];

/** The async projection as last seen: its view and the global position it has applied up to. */
export interface LaggingView {
  view: InvoiceList;
  checkpoint: number;
}

/**
 * The page that just created an invoice must show it, even if the async
 * projection has not caught up yet. `log` holds every event in global order
 * (event.metadata.globalPosition 1, 2, 3, ...); `writtenPosition` is the
 * global position of the event we just wrote.
 */
export function readYourOwnWrite(lagging: LaggingView, log: Event[], writtenPosition: number): InvoiceList {
  if (lagging.checkpoint >= writtenPosition) return lagging.view;
  // Catch up on our own: apply what the projection has not seen yet, up to our write.
  const handled = new Set<string>(invoiceList.canHandle);
  return log
    .filter((event) => {
      const position = event.metadata?.globalPosition ?? 0;
      return position >= lagging.checkpoint && position <= writtenPosition && handled.has(event.type);
    })
    .reduce((view, event) => invoiceList.evolve(view, event as InvoiceEvent), lagging.view);
}

export const decider: Decider<{ count: number }, { type: 'Noop'; data: null }, InvoiceEvent> = {
  initialState: () => ({ count: 0 }),
  evolve: (state, event) => (event.type === 'InvoiceCreated' ? { count: state.count + 1 } : state),
  decide: () => [],
};
