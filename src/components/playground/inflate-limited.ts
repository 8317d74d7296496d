/**
 * Inflates a share link's bytes as a stream, a slice at a time, and stops as
 * soon as the output passes a limit: a zip bomb (a small link that inflates to
 * gigabytes) costs at most `maxBytes` of memory and never freezes the page,
 * because the work yields to the browser between time slices.
 */
import { Inflate } from 'fflate';

export interface InflateLimits {
  /** Output past this many bytes stops the stream: the link is refused. */
  maxBytes: number;
  /**
   * Input fed per push (default 256 bytes). DEFLATE expands at most ~1,032×,
   * so one push yields at most ~260 KB of output: a few milliseconds even on a
   * slow phone (1 KB pushes, ~1 MB each, took 20-50 ms on a busy test machine).
   */
  chunkBytes?: number;
  /** Work this long, then give the browser a turn (input, paint) before going on. */
  sliceMs?: number;
  /** How to give the browser a turn; a test passes its own to count them. */
  yieldNow?: () => Promise<void>;
  now?: () => number;
}

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'damaged'; /** Input bytes read before stopping. */ consumed: number };

const DEFAULT_CHUNK_BYTES = 256;
const DEFAULT_SLICE_MS = 12;

/** A macrotask, so input events and paints get in between slices (a resolved promise would not yield). */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function inflateLimited(input: Uint8Array, limits: InflateLimits): Promise<InflateResult> {
  const chunkBytes = limits.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const sliceMs = limits.sliceMs ?? DEFAULT_SLICE_MS;
  const yieldNow = limits.yieldNow ?? yieldToBrowser;
  const now = limits.now ?? (() => performance.now());
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const stream = new Inflate((data, final) => {
    total += data.length;
    // Keep nothing past the limit: the caller refuses the link anyway.
    if (total <= limits.maxBytes) parts.push(data);
    if (final) ended = true;
  });

  let consumed = 0;
  let sliceStart = now();
  while (consumed < input.length) {
    const end = Math.min(input.length, consumed + chunkBytes);
    try {
      stream.push(input.subarray(consumed, end), end === input.length);
    } catch {
      return { ok: false, reason: 'damaged', consumed: end };
    }
    consumed = end;
    if (total > limits.maxBytes) return { ok: false, reason: 'too-large', consumed };
    if (now() - sliceStart >= sliceMs && consumed < input.length) {
      await yieldNow();
      sliceStart = now();
    }
  }
  // Input that stops before the stream's last block is a truncated link.
  if (!ended) return { ok: false, reason: 'damaged', consumed };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { ok: true, bytes };
}
