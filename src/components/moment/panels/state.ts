/** The state as a tree, with what the last event changed marked (viz/state-tree.ts draws it). */
import { withAncestors } from '../../../../playground/engine/diff.ts';
import { renderStateTree } from '../../viz/state-tree.ts';
import type { PanelFactory } from '../panel.ts';

export const statePanel: PanelFactory = (host) => ({
  draw(moment) {
    renderStateTree(host, moment.state, withAncestors(moment.changedPaths ?? []));
  },
});
