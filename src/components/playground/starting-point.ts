/**
 * Which example the playground opens, and with which text: a share link wins,
 * then `?example=`, then the default; the text is the share link's, else the
 * learner's saved edits, else the example as shipped. Whatever cannot be read
 * becomes a notice, never a broken page. No DOM: the controller shows the notices.
 */
import { defaultExampleId, isExampleId, type ExampleId, type ExampleMeta } from '../../../playground/examples/catalog.ts';
import { clearSaved, readSaved, type KeyValueStore } from './saved-edits.ts';
import type { ShareDecodeResult, ShareState } from './share-link.ts';

/** Text that replaces the shipped example's: from a share link or from saved edits. */
export interface StartingText {
  code: string;
  events: string;
  position: number;
}

export interface StartingExample {
  id: ExampleId;
  /** The share link's text when it is for this example. */
  shared: ShareState | null;
  /** The share link was unreadable: the address should drop it. */
  dropHash: boolean;
  /** What went wrong with a share link: an error (role="alert"), since the learner expected its content. */
  linkNotice: string | null;
  /** Other notices (an unknown `?example=`). */
  notices: string[];
}

/** The example asked for if it exists, else the default (or the first there is). */
export function pickExampleId(wanted: string | null, metas: ReadonlyMap<ExampleId, ExampleMeta>): ExampleId {
  if (isExampleId(wanted) && metas.has(wanted)) return wanted;
  return metas.has(defaultExampleId) ? defaultExampleId : (metas.keys().next().value ?? defaultExampleId);
}

export function pickStartingExample(
  share: ShareDecodeResult | null,
  wantedId: string | null,
  metas: ReadonlyMap<ExampleId, ExampleMeta>,
): StartingExample {
  const id = pickExampleId(share?.ok ? share.state.example : wantedId, metas);
  const title = metas.get(id)?.title ?? 'default';
  const notices: string[] = [];
  let linkNotice: string | null = null;
  if (share && !share.ok) {
    linkNotice = `This share link could not be read (${share.reason}). Showing the ${title} example instead.`;
  } else if (share?.ok && share.state.example !== id) {
    linkNotice = `The shared example "${share.state.example}" does not exist here. Showing the ${title} example instead.`;
  } else if (!share && wantedId !== null && wantedId !== id) {
    notices.push(`There is no example "${wantedId}". Showing the ${title} example instead.`);
  }
  const shared = share?.ok && share.state.example === id ? share.state : null;
  return { id, shared, dropHash: share !== null && !share.ok, linkNotice, notices };
}

/**
 * The learner's saved text for an example, if any. Corrupted saved edits are
 * removed (so the notice shows once) and reported.
 */
export function savedText(store: KeyValueStore | null, id: ExampleId): { text: StartingText | null; notice: string | null } {
  const saved = readSaved(store, id);
  if (saved.kind === 'ok') return { text: saved.saved, notice: null };
  if (saved.kind === 'corrupt') {
    clearSaved(store, id);
    return { text: null, notice: `Your saved edits for this example could not be read (${saved.reason}), so the original example is shown.` };
  }
  return { text: null, notice: null };
}
