/**
 * A command was rejected by a business rule. `invariant` names the rule in
 * words a learner recognises ("balance may not go below zero"), so the UI can
 * say which rule stopped the command.
 */
export class DomainError extends Error {
  readonly invariant: string;
  constructor(message: string, invariant: string = message) {
    super(message);
    this.name = 'DomainError';
    this.invariant = invariant;
  }
}
