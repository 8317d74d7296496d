/**
 * Share links: the whole playground (example, code, events, position) in the
 * URL fragment, so a link works on a static host with no server to store it.
 * The fragment holds deflate-compressed JSON in base64url with a format
 * version, so a later format can still read (or clearly refuse) old links.
 */
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';
import { inflateLimited, yieldToBrowser, type InflateLimits } from './inflate-limited.ts';

export const SHARE_FORMAT_VERSION = 1;
/**
 * Longest fragment read (the text after `#share=`). Every honest playground
 * fits (Copy link refuses to make a longer one); past this a link is refused
 * before a byte of it is decoded.
 */
export const MAX_SHARE_FRAGMENT_CHARS = 1_000_000;
/**
 * Inflated size limit: inflating stops here, as it streams, so a zip bomb
 * cannot eat the tab's memory. 20× the fragment limit: JSON of events
 * compresses about that well.
 */
export const MAX_SHARE_INFLATED_BYTES = 20_000_000;

export interface ShareState {
  v: typeof SHARE_FORMAT_VERSION;
  example: string;
  code: string;
  /** The events editor's text, kept as typed (it may even be invalid JSON). */
  events: string;
  /** Number of events applied on the time-travel slider. */
  position: number;
}

export type ShareDecodeResult =
  | { ok: true; state: ShareState }
  | { ok: false; reason: string };

export const SHARE_PREFIX = '#share=';

export function encodeShare(state: Omit<ShareState, 'v'>): string {
  const json = JSON.stringify({ v: SHARE_FORMAT_VERSION, ...state });
  return bytesToBase64url(deflateSync(strToU8(json), { level: 9 }));
}

export function shareHash(state: Omit<ShareState, 'v'>): string {
  return SHARE_PREFIX + encodeShare(state);
}

/** Reads `#share=...` from a location hash; null when the hash holds no share link. */
export async function shareFromHash(hash: string, limits?: Partial<InflateLimits>): Promise<ShareDecodeResult | null> {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  return decodeShare(hash.slice(SHARE_PREFIX.length), limits);
}

/**
 * Decodes a fragment without ever blocking the page for long: inflating yields
 * between time slices and stops at the size limit (see inflate-limited.ts).
 */
export async function decodeShare(encoded: string, limits: Partial<InflateLimits> = {}): Promise<ShareDecodeResult> {
  const text = encoded.trim();
  if (text.length > MAX_SHARE_FRAGMENT_CHARS) {
    return { ok: false, reason: `the link is longer than 1 MB (${formatMB(text.length)}), more than any playground needs` };
  }
  const slices = measuredSlices(limits.yieldNow ?? yieldToBrowser);
  const bytes = await base64urlToBytesSliced(text, slices.pause);
  if (!bytes || bytes.length === 0) {
    slices.end();
    return { ok: false, reason: 'the link is not valid base64url text' };
  }
  const maxBytes = limits.maxBytes ?? MAX_SHARE_INFLATED_BYTES;
  const inflated = await inflateLimited(bytes, { ...limits, maxBytes, yieldNow: slices.pause });
  slices.end();
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? { ok: false, reason: `the link unpacks to more than ${formatMB(maxBytes)}, so reading it was stopped` }
      : { ok: false, reason: 'the link is damaged (it does not decompress)' };
  }
  const json = strFromU8(inflated.bytes);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'the link does not hold valid JSON' };
  }
  return validateShare(value);
}

/** Each stretch of decoding work between two yields is measured under this name (the browser tests read it). */
export const DECODE_SLICE_MEASURE = 'pg:share-decode-slice';

function measuredSlices(yieldNow: () => Promise<void>): { pause: () => Promise<void>; end: () => void } {
  let start = performance.now();
  const end = (): void => void performance.measure(DECODE_SLICE_MEASURE, { start });
  return {
    async pause() {
      end();
      await yieldNow();
      start = performance.now();
    },
    end,
  };
}

/** Characters of base64 decoded between yields: a multiple of 4, so each piece decodes on its own. */
const BASE64_PIECE_CHARS = 65_536;

/** base64urlToBytes for up to a megabyte of text, a piece at a time. */
async function base64urlToBytesSliced(text: string, pause: () => Promise<void>): Promise<Uint8Array | null> {
  const pieces: Uint8Array[] = [];
  let total = 0;
  for (let at = 0; at < text.length; at += BASE64_PIECE_CHARS) {
    const piece = base64urlToBytes(text.slice(at, at + BASE64_PIECE_CHARS));
    if (!piece) return null;
    pieces.push(piece);
    total += piece.length;
    if (at + BASE64_PIECE_CHARS < text.length) await pause();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return bytes;
}

function formatMB(size: number): string {
  return `${(size / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

export function validateShare(value: unknown): ShareDecodeResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'the link does not hold a playground' };
  }
  const record = value as Record<string, unknown>;
  if (record.v !== SHARE_FORMAT_VERSION) {
    return { ok: false, reason: `the link has format version ${String(record.v)}, this page reads version ${SHARE_FORMAT_VERSION}` };
  }
  const { example, code, events, position } = record;
  if (typeof example !== 'string' || !/^[a-z0-9-]{1,64}$/.test(example)) return { ok: false, reason: 'the link names no valid example' };
  if (typeof code !== 'string') return { ok: false, reason: 'the link holds no code' };
  if (typeof events !== 'string') return { ok: false, reason: 'the link holds no events' };
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
    return { ok: false, reason: 'the link holds no valid time-travel position' };
  }
  return { ok: true, state: { v: SHARE_FORMAT_VERSION, example, code, events, position } };
}
