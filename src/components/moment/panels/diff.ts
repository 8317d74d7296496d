/** "balance: 100 → 150": what the last event changed, as a list beside the tree. */
import { changes, type Change } from '../../../../playground/engine/diff.ts';
import { renderDiffList } from '../../viz/diff-list.ts';
import type { Moment } from '../moment.ts';
import type { PanelFactory } from '../panel.ts';

/** The last event's changes: with values when the state before it came along, else only the paths. */
export function lastChanges(moment: Moment): Change[] {
  if (moment.previousState !== undefined) return changes(moment.previousState, moment.state);
  return (moment.changedPaths ?? []).map((path) => ({ path, kind: 'changed', before: undefined, after: undefined }));
}

export const diffPanel: PanelFactory = (host) => ({
  draw(moment) {
    const event = moment.lastEvent;
    if (moment.position === 0 || !event) return renderDiffList(host, [], null);
    renderDiffList(host, lastChanges(moment), `Event ${moment.lastEventNumber ?? moment.position} (${event.type})`);
  },
});
