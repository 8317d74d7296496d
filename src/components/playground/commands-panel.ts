/**
 * Commands from the page: each goes through the learner's `decide` on the
 * stream's head. Appended events join the stream (and the events editor);
 * a rejection names the invariant that stopped it. The conflict demo lets two
 * writers decide on the same version to show optimistic concurrency.
 */
import type { CommandData } from '../../../playground/examples/catalog.ts';
import type { CommandOutcome, RunCommandOptions } from '../../../playground/runner/protocol.ts';
import { renderCommandForms } from './commands-form.ts';
import type { Playground } from './controller.ts';
import { foldedPosition } from './what-if.ts';

function describe(command: CommandData): string {
  const fields = Object.entries(command.data).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ');
  return `${command.type}${fields ? ` { ${fields} }` : ''}`;
}

async function send(page: Playground, command: CommandData, options: RunCommandOptions, by: string): Promise<CommandOutcome | null> {
  const reply = await page.runner.runCommand(
    { ...command, metadata: { streamName: page.state.meta.streamName } },
    { ...options, metadata: { by, occurredAt: new Date().toISOString() } },
  );
  if (!reply.ok) {
    page.reportError(reply.error);
    return null;
  }
  if (reply.outcome === 'appended') await page.appendEvents(reply.events);
  return reply;
}

export function outcomeText(outcome: CommandOutcome): string {
  switch (outcome.outcome) {
    case 'appended':
      return `Appended ${outcome.events.map((e) => e.type).join(', ')}; the stream is now at version ${outcome.streamVersion}.`;
    case 'rejected':
      return `Rejected by the invariant "${outcome.invariant}": ${outcome.message}. Nothing was recorded.`;
    case 'conflict':
      return `Conflict (ExpectedVersionConflictError): ${outcome.message}`;
  }
}

export function setupCommands(page: Playground): void {
  const result = document.getElementById('pg-command-result');
  const commands = document.getElementById('pg-commands');
  if (!result || !commands) return;
  result.replaceChildren();
  renderCommandForms(commands, page.state.meta.commands, async (command) => {
    result.textContent = `Sending ${describe(command)}…`;
    const outcome = await send(page, command, {}, 'you@playground');
    if (!outcome) {
      result.textContent = `${describe(command)} could not run: see the error above.`;
      return;
    }
    result.dataset.outcome = outcome.outcome;
    result.textContent = `${describe(command)}: ${outcomeText(outcome)}`;
  });
  setupConflictDemo(page);
}

function setupConflictDemo(page: Playground): void {
  const run = document.getElementById('pg-conflict-run') as HTMLButtonElement | null;
  const retry = document.getElementById('pg-conflict-retry') as HTMLButtonElement | null;
  const log = document.getElementById('pg-conflict-log');
  if (!run || !retry || !log) return;
  // Replace the buttons' listeners when the example changes: clone drops old ones.
  const freshRun = run.cloneNode(true) as HTMLButtonElement;
  const freshRetry = retry.cloneNode(true) as HTMLButtonElement;
  run.replaceWith(freshRun);
  retry.replaceWith(freshRetry);
  freshRetry.hidden = true;
  log.replaceChildren();
  const first = page.state.meta.commands[0];
  const fallback: CommandData = { type: first?.type ?? 'Unknown', data: Object.fromEntries((first?.fields ?? []).map((f) => [f.name, f.default ?? ''])) };
  const demo = page.state.meta.conflictDemo ?? { command: fallback, otherCommand: fallback };
  const say = (text: string): void => {
    const item = document.createElement('li');
    item.textContent = text;
    log.append(item);
  };

  freshRun.addEventListener('click', async () => {
    log.replaceChildren();
    freshRetry.hidden = true;
    const version = foldedPosition(page.state.events.length, page.state.skipped);
    say(`Writer A and writer B both read the stream at version ${version}.`);
    const a = await send(page, demo.command, { expectedStreamVersion: version }, 'writer-a');
    if (!a) return;
    say(`Writer A: ${describe(demo.command)} expecting version ${version}. ${outcomeText(a)}`);
    if (a.outcome !== 'appended') {
      // Only an append moves the version; without one, writer B has nothing to conflict with.
      say('Writer A appended nothing, so the stream is still at the version writer B read: there is no conflict to show on this stream. Reset the example to run the demo on its original events.');
      return;
    }
    const b = await send(page, demo.otherCommand, { expectedStreamVersion: version }, 'writer-b');
    if (!b) return;
    say(`Writer B: ${describe(demo.otherCommand)} expecting version ${version}. ${outcomeText(b)}`);
    freshRetry.hidden = b.outcome !== 'conflict';
  });

  freshRetry.addEventListener('click', async () => {
    const version = foldedPosition(page.state.events.length, page.state.skipped);
    say(`Writer B reads again (version ${version}) and decides on the new state.`);
    const b = await send(page, demo.otherCommand, { expectedStreamVersion: version }, 'writer-b');
    if (!b) return;
    say(`Writer B retries: ${outcomeText(b)}`);
    freshRetry.hidden = true;
    log.querySelector<HTMLElement>('li:last-child')?.focus();
  });
}
