/**
 * The engine's public API: everything learner code, the runner and the
 * exercises use, from one import (`#engine`).
 */
export type * from './types.ts';
export { DomainError, ExpectedVersionConflictError, FoldError, InvalidStreamNameError } from './errors.ts';
export * from './expected-version.ts';
export * from './stream-name.ts';
export * from './clock.ts';
export * from './immutability.ts';
export * from './fold.ts';
export * from './project.ts';
export * from './upcasting.ts';
export * from './event-store.ts';
export * from './command-handler.ts';
export * from './async-projection.ts';
export * from './snapshots.ts';
export * from './diff.ts';
export * from './preview.ts';
export * from './given-when-then.ts';
export * from './prng.ts';
export * from './random-streams.ts';
export * from './example-bank.ts';
export * from './key-store.ts';
