import { createRandom } from './prng.ts';

/**
 * Crypto-shredding, in miniature. Events are never changed, yet personal
 * data must be erasable (GDPR's right to erasure). So personal fields are
 * stored encrypted under a key per person (the subject), kept outside the
 * event store; deleting that key makes every copy of the data unreadable,
 * in every event and every backup, while the events themselves stay.
 *
 * This store is a TEACHING STAND-IN: the cipher is a seeded keystream, not
 * encryption anyone should rely on. A real system keeps keys in a key
 * management service and encrypts with AES-GCM (WebCrypto, libsodium).
 * Deterministic on purpose, so checks and replays give the same text.
 */
export interface KeyStore {
  /** Encrypts text under the subject's key, creating the key on first use. Throws once the key was deleted. */
  encrypt(subject: string, plaintext: string): string;
  /** The plaintext; null when the subject's key was deleted, or the text was not encrypted under it. */
  decrypt(subject: string, ciphertext: string): string | null;
  /** Deletes the subject's key, for good: its texts can no longer be read. */
  forget(subject: string): void;
  isForgotten(subject: string): boolean;
}

interface Key {
  id: number;
  stream: number[];
}

const PREFIX = 'enc:';
const KEY_LENGTH = 32;

/** Is this text the key store's ciphertext (rather than plaintext)? */
export function isCiphertext(text: unknown): text is string {
  return typeof text === 'string' && text.startsWith(PREFIX);
}

export function createKeyStore(seed = 2016): KeyStore {
  const random = createRandom(seed);
  const keys = new Map<string, Key>();
  const forgotten = new Set<string>();
  let nextId = 1;

  const keyOf = (subject: string): Key => {
    if (forgotten.has(subject)) throw new Error(`The key of "${subject}" was deleted: nothing can be encrypted for them any more.`);
    let key = keys.get(subject);
    if (!key) {
      key = { id: nextId++, stream: Array.from({ length: KEY_LENGTH }, () => random.int(1, 0xffff)) };
      keys.set(subject, key);
    }
    return key;
  };

  return {
    encrypt(subject, plaintext) {
      const key = keyOf(subject);
      const units = Array.from(plaintext, (char, i) => {
        const code = (char.codePointAt(0) ?? 0) ^ (key.stream[i % KEY_LENGTH] ?? 0);
        return code.toString(16).padStart(6, '0');
      });
      return `${PREFIX}${key.id}:${units.join('')}`;
    },
    decrypt(subject, ciphertext) {
      const key = keys.get(subject);
      if (!key || !isCiphertext(ciphertext)) return null;
      const [id, body = ''] = ciphertext.slice(PREFIX.length).split(':');
      if (Number(id) !== key.id || body.length % 6 !== 0) return null;
      let text = '';
      for (let i = 0; i < body.length / 6; i++) {
        text += String.fromCodePoint(parseInt(body.slice(i * 6, i * 6 + 6), 16) ^ (key.stream[i % KEY_LENGTH] ?? 0));
      }
      return text;
    },
    forget(subject) {
      keys.delete(subject);
      forgotten.add(subject);
    },
    isForgotten: (subject) => forgotten.has(subject),
  };
}
