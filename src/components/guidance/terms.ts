/**
 * The words of event sourcing the playground uses, each with a short
 * explanation and the slide of the talk that teaches it (by slug, so moving
 * slides breaks nothing; the build fails on a slug no slide has). The words
 * are design.md's vocabulary, the names Emmett and its peers use.
 */
export type TermId = 'snapshot' | 'async-lag' | 'checkpoint' | 'upcasting' | 'decide' | 'evolve';

export interface Term {
  /** The word as it is shown. */
  word: string;
  /** Two sentences at most: what it is and why it exists. Plain text. */
  explanation: string;
  /** The slug of the slide that teaches it (`fold` for slides/26-fold.mdx). */
  slide: string;
}

export const TERMS: Record<TermId, Term> = {
  snapshot: {
    word: 'snapshot',
    explanation:
      'The state folded up to some event, stored so that finding the state at a later event starts from it and folds only the events after it. It is a cache: the events stay the source of truth.',
    slide: 'fold',
  },
  'async-lag': {
    word: 'async lag',
    explanation:
      'An async projection is updated after the events are stored, not in the same step, so for a while it shows an older moment than the write side. It catches up by reading the events it has not seen yet.',
    slide: 'faq-data-inconsistency',
  },
  checkpoint: {
    word: 'checkpoint',
    explanation:
      'The position of the last event a projection has handled. An async projection keeps it to carry on from there; a rebuild starts again from zero and replays every event.',
    slide: 'projection',
  },
  upcasting: {
    word: 'upcasting',
    explanation:
      'Stored events are never rewritten. An event stored in an older shape (its schemaVersion) is turned into the current shape as it is read, so evolve only has to know the newest version.',
    slide: 'es-in-practice',
  },
  decide: {
    word: 'decide',
    explanation:
      'decide(command, state) checks a command against the current state and returns the events to append, or throws a domain error to reject it. Only the events are stored, never the command.',
    slide: 'command',
  },
  evolve: {
    word: 'evolve',
    explanation:
      'evolve(state, event) returns the state after one event. It must be pure (no clock, no I/O, no changing its input), so replaying the same events always gives the same state: that is what makes time travel possible.',
    slide: 'fold',
  },
};

let tips = 0;
/** A fresh id for a toggletip's bubble (unique within a built page). */
export function nextTipId(id: TermId): string {
  tips += 1;
  return `term-${id}-${tips}`;
}
