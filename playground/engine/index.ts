export type * from './types.ts';
export { DomainError } from './errors.ts';
