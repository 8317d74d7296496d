/**
 * The engine's own source files, handed to Monaco's TypeScript worker as
 * extra files so that `import { DomainError, type Decider } from '#engine'`
 * in the learner's code gets completions, hovers and type errors: the same
 * types the worker runs with, never a hand-copied declaration that drifts.
 */
const sources = import.meta.glob<string>('../../../playground/engine/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Virtual folder the TS worker sees; '#engine' maps to its index.ts. */
export const ENGINE_ROOT = 'file:///engine/';

export function engineFiles(): { path: string; content: string }[] {
  return Object.entries(sources)
    .filter(([file]) => !file.endsWith('.test.ts'))
    .map(([file, content]) => ({ path: ENGINE_ROOT + file.slice(file.lastIndexOf('/') + 1), content }));
}
