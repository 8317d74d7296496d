/**
 * A Paydirekt payment with its audit trail.
 *
 * Paydirekt (the German banks' online payment scheme) does not overwrite
 * data: it assembles it from changes, and every change carries its date and
 * author. So the state of a payment at any moment can be rebuilt "at the
 * push of a button", which is what banking supervision asks for.
 * Who and when live in each event's metadata (`by`, `occurredAt`).
 */
import { DomainError, type Command, type Decider, type Event, type Projection } from '#engine';

export interface Address {
  street: string;
  postcode: string;
  city: string;
}

// ---- Events --------------------------------------------------------------
export type PaymentEvent =
  | Event<'PaymentInitiated', { merchant: string; orderId: string; buyer: string; amount: number }>
  | Event<'ShippingAddressChanged', Address>
  | Event<'PaymentApprovedByBuyer', { bank: string }>
  | Event<'PaymentAuthorized', { amount: number }>
  | Event<'PaymentCaptured', { captureId: string; amount: number }>
  | Event<'PaymentRefunded', { amount: number; reason: string }>
  | Event<'PaymentCompleted', Record<string, never>>;

// ---- Commands ------------------------------------------------------------
export type PaymentCommand =
  | Command<'InitiatePayment', { merchant: string; orderId: string; buyer: string; amount: number }>
  | Command<'ChangeShippingAddress', Address>
  | Command<'ApprovePayment', { bank: string }>
  | Command<'AuthorizePayment', Record<string, never>>
  | Command<'CapturePayment', { captureId: string; amount: number }>
  | Command<'RefundPayment', { amount: number; reason: string }>
  | Command<'CompletePayment', Record<string, never>>;

export interface PaymentState {
  status: 'none' | 'initiated' | 'approved' | 'authorized' | 'completed';
  merchant: string;
  buyer: string;
  shippingAddress: Address | null;
  /** Amounts in whole euros. */
  authorized: number;
  captured: number;
  refunded: number;
}

export const decider: Decider<PaymentState, PaymentCommand, PaymentEvent> = {
  initialState: () => ({
    status: 'none', merchant: '', buyer: '', shippingAddress: null, authorized: 0, captured: 0, refunded: 0,
  }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'PaymentInitiated':
        return { ...state, status: 'initiated', merchant: event.data.merchant, buyer: event.data.buyer, authorized: event.data.amount };
      case 'ShippingAddressChanged':
        // The old address is not lost: it is still in the stream.
        return { ...state, shippingAddress: { ...event.data } };
      case 'PaymentApprovedByBuyer':
        return { ...state, status: 'approved' };
      case 'PaymentAuthorized':
        return { ...state, status: 'authorized', authorized: event.data.amount };
      case 'PaymentCaptured':
        return { ...state, captured: state.captured + event.data.amount };
      case 'PaymentRefunded':
        return { ...state, refunded: state.refunded + event.data.amount };
      case 'PaymentCompleted':
        return { ...state, status: 'completed' };
      default: {
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  decide: (command, state): PaymentEvent => {
    if (state.status === 'completed') throw new DomainError('This payment is completed', 'A completed payment is final');
    switch (command.type) {
      case 'InitiatePayment':
        if (state.status !== 'none') throw new DomainError('Already initiated', 'A payment is initiated once');
        return { type: 'PaymentInitiated', data: { ...command.data } };
      case 'ChangeShippingAddress':
        if (state.captured > 0) throw new DomainError('Goods have shipped', 'The address is fixed once goods ship');
        return { type: 'ShippingAddressChanged', data: { ...command.data } };
      case 'ApprovePayment':
        if (state.status !== 'initiated') throw new DomainError(`Payment is ${state.status}`, 'The buyer approves once');
        return { type: 'PaymentApprovedByBuyer', data: { ...command.data } };
      case 'AuthorizePayment':
        if (state.status !== 'approved') throw new DomainError('The buyer has not approved', 'The bank authorizes after approval');
        return { type: 'PaymentAuthorized', data: { amount: state.authorized } };
      case 'CapturePayment':
        requireAuthorized(state);
        if (!(command.data.amount > 0)) throw new DomainError('Capture a positive amount', 'Amounts must be positive');
        if (state.captured + command.data.amount > state.authorized) {
          throw new DomainError(
            `Only ${state.authorized - state.captured} EUR of ${state.authorized} EUR are left to capture`,
            'Captures may not exceed the authorized amount',
          );
        }
        return { type: 'PaymentCaptured', data: { ...command.data } };
      case 'RefundPayment':
        if (!(command.data.amount > 0)) throw new DomainError('Refund a positive amount', 'Amounts must be positive');
        if (state.refunded + command.data.amount > state.captured) {
          throw new DomainError(
            `Only ${state.captured - state.refunded} EUR can still be refunded`,
            'Refunds may not exceed what was captured',
          );
        }
        return { type: 'PaymentRefunded', data: { ...command.data } };
      case 'CompletePayment':
        requireAuthorized(state);
        return { type: 'PaymentCompleted', data: {} };
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  isTerminal: (state) => state.status === 'completed',
};

function requireAuthorized(state: PaymentState): void {
  if (state.status !== 'authorized') {
    throw new DomainError(`Payment is ${state.status}`, 'Money moves only after authorization');
  }
}

// ---- Projections -----------------------------------------------------------

interface AuditEntry {
  at: string;
  by: string;
  what: string;
}

/** Who changed what, when: the report supervisors ask for, read straight off the metadata. */
export const auditTrail: Projection<AuditEntry[], PaymentEvent> = {
  name: 'Audit trail',
  canHandle: [
    'PaymentInitiated', 'ShippingAddressChanged', 'PaymentApprovedByBuyer', 'PaymentAuthorized',
    'PaymentCaptured', 'PaymentRefunded', 'PaymentCompleted',
  ],
  initialState: () => [],
  evolve: (entries, event) => [
    ...entries,
    { at: event.metadata?.occurredAt ?? '?', by: event.metadata?.by ?? '?', what: `${event.type} ${JSON.stringify(event.data)}` },
  ],
};

/** Money per party: what the settlement and the merchant's dashboard need. */
export const moneyView: Projection<{ toMerchant: number; backToBuyer: number; stillOpen: number }, PaymentEvent> = {
  name: 'Money to merchant',
  canHandle: ['PaymentAuthorized', 'PaymentCaptured', 'PaymentRefunded'],
  initialState: () => ({ toMerchant: 0, backToBuyer: 0, stillOpen: 0 }),
  evolve: (view, event) => {
    switch (event.type) {
      case 'PaymentAuthorized':
        return { ...view, stillOpen: event.data.amount };
      case 'PaymentCaptured':
        return { ...view, toMerchant: view.toMerchant + event.data.amount, stillOpen: view.stillOpen - event.data.amount };
      case 'PaymentRefunded':
        return { ...view, toMerchant: view.toMerchant - event.data.amount, backToBuyer: view.backToBuyer + event.data.amount };
      default:
        return view;
    }
  },
};

export const projections = [auditTrail, moneyView];
