import { releaseProxy } from 'comlink';
import type { RunnerApi } from './protocol.ts';

/**
 * A callback passed through comlink (rebuild progress) arrives as a proxy
 * holding a MessageChannel open on the page's side. Release it when the call
 * is done, or every rebuild would leak a channel.
 */
function release(callback: unknown): void {
  if (typeof callback !== 'function') return;
  const releaser: unknown = Reflect.get(callback, releaseProxy);
  if (typeof releaser === 'function') Reflect.apply(releaser, callback, []);
}

export function withProxyRelease(api: RunnerApi): RunnerApi {
  return {
    ...api,
    rebuildProjection(name, options, onProgress) {
      try {
        return api.rebuildProjection(name, options, onProgress);
      } finally {
        release(onProgress);
      }
    },
  };
}
