/**
 * The messages that set up the sealed room, shared by the page (room.ts),
 * the room's own little script and the worker. Runner calls do not go
 * through here: they travel on the MessagePort handed over at the start,
 * straight between the page and the worker.
 */

/** Page -> room, once: the worker's code and the two ports (runner, control). */
export interface StartMessage {
  source: 'event-sourcing-room';
  type: 'start';
  worker: Blob;
}

/** Room -> worker, once, with the runner port. */
export interface ConnectMessage {
  type: 'connect';
}

/** Room -> page on the control port: the worker died or could not start. */
export interface RoomNotice {
  type: 'crashed' | 'boot-failed';
  message: string;
  line?: number;
  column?: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isConnectMessage(value: unknown): value is ConnectMessage {
  return isObject(value) && value.type === 'connect';
}

export function isRoomNotice(value: unknown): value is RoomNotice {
  if (!isObject(value) || (value.type !== 'crashed' && value.type !== 'boot-failed') || typeof value.message !== 'string') return false;
  return (value.line === undefined || typeof value.line === 'number') && (value.column === undefined || typeof value.column === 'number');
}
