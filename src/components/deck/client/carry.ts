/**
 * Presses that arrive while the deck is leaving for another document (a
 * slide reached by a full navigation) would land on a page that is going
 * away. They are written down here instead, and the next page applies them
 * in order when it starts: a clicker pressed twice quickly moves twice.
 */
export type CarriedPress = 'next' | 'prev';

const KEY = 'deck:carried';

interface Carried {
  to: string;
  presses: CarriedPress[];
}

function read(): Carried | null {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { to, presses } = raw as Partial<Carried>;
    if (typeof to !== 'string' || !Array.isArray(presses)) return null;
    return { to, presses: presses.filter((p): p is CarriedPress => p === 'next' || p === 'prev') };
  } catch {
    return null; // storage blocked, or not ours: nothing carried
  }
}

/** Starts a carry towards `to` (a pathname), dropping any older one. */
export function startCarry(to: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ to, presses: [] } satisfies Carried));
  } catch {
    // Storage blocked: presses during the navigation are lost, as before.
  }
}

export function carry(press: CarriedPress): void {
  const now = read();
  if (!now) return;
  now.presses.push(press);
  try {
    sessionStorage.setItem(KEY, JSON.stringify(now));
  } catch {
    // Storage blocked: see startCarry.
  }
}

/** The presses carried to this page (by pathname), once; later calls get none. */
export function takeCarried(pathname: string): CarriedPress[] {
  const now = read();
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing to clean up
  }
  return now && now.to === pathname ? now.presses : [];
}
