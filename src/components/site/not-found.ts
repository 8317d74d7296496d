/**
 * What the 404 page says about the address that was asked for. A static host
 * serves the same 404.html for every unknown path, so the page reads the path
 * in the browser and points to the nearest real place: a slide number past the
 * end leads to the last slide, an unknown exercise to the list.
 */
export interface Suggestion {
  text: string;
  href: string;
  label: string;
}

/** `total` is the number of slides in the talk (slides are numbered from 1). */
export function suggestionFor(pathname: string, total: number): Suggestion | null {
  const deck = /^\/(slides|presenter)\/([^/]*)\/?$/.exec(pathname);
  if (deck) {
    const where = deck[1] === 'presenter' ? 'presenter view' : 'talk';
    return {
      text: `The ${where} has slides 1 to ${total}.`,
      href: `/${deck[1]}/${total}`,
      label: `Go to the last slide (${total})`,
    };
  }
  if (/^\/(embed\/)?exercises\/./.test(pathname)) {
    return { text: 'There is no exercise at this address.', href: '/exercises', label: 'See all exercises' };
  }
  return null;
}
