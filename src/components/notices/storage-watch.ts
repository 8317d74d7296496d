/**
 * Another tab of this site wrote to localStorage: the browser fires `storage`
 * in every other tab of the origin (never in the writer). `key === null` means
 * the other tab cleared all storage, which changes our key too.
 */
export function watchStorageKey(key: () => string, onChange: (newValue: string | null) => void): () => void {
  const listener = (event: StorageEvent): void => {
    if (isSessionStorage(event.storageArea)) return;
    if (event.key !== null && event.key !== key()) return;
    onChange(event.key === null ? null : event.newValue);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

function isSessionStorage(area: Storage | null): boolean {
  try {
    return area !== null && area === globalThis.sessionStorage;
  } catch {
    return false;
  }
}
