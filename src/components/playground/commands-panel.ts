/**
 * Commands from the page: each goes through the learner's `decide` on the
 * stream's head. Appended events join the stream (and the events editor);
 * a rejection names the invariant that stopped it. The conflict demo lets two
 * writers decide on the same version to show optimistic concurrency.
 */
import type { CommandData } from '../../../playground/examples/catalog.ts';
import type { CommandOutcome, Message, RunCommandOptions, RunnerError } from '../../../playground/runner/protocol.ts';
import { renderCommandForms } from './commands-form.ts';
import type { PageState } from './page-state.ts';
import type { Runner } from './runner-port.ts';
import { foldedPosition } from './what-if.ts';

/** What the command forms and the conflict demo need of the page. */
export interface CommandsPort {
  readonly state: PageState;
  runner: Pick<Runner, 'runCommand'>;
  /** Puts events a command appended into the stream (and the events editor). */
  appendEvents(events: readonly Message[]): Promise<void>;
  reportError(error: RunnerError): void;
}

function describe(command: CommandData): string {
  const fields = Object.entries(command.data).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ');
  return `${command.type}${fields ? ` { ${fields} }` : ''}`;
}

async function send(page: CommandsPort, command: CommandData, options: RunCommandOptions, by: string): Promise<CommandOutcome | null> {
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

/** Renders the example's commands; `signal` (one per example) removes their listeners when another example opens. */
export function setupCommands(page: CommandsPort, signal: AbortSignal): void {
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
  }, signal);
  setupConflictDemo(page, signal);
}

function setupConflictDemo(page: CommandsPort, signal: AbortSignal): void {
  const run = document.getElementById('pg-conflict-run');
  const retry = document.getElementById('pg-conflict-retry');
  const log = document.getElementById('pg-conflict-log');
  if (!run || !retry || !log) return;
  retry.hidden = true;
  log.replaceChildren();
  const first = page.state.meta.commands[0];
  const fallback: CommandData = { type: first?.type ?? 'Unknown', data: Object.fromEntries((first?.fields ?? []).map((f) => [f.name, f.default ?? ''])) };
  const demo = page.state.meta.conflictDemo ?? { command: fallback, otherCommand: fallback };
  const say = (text: string): void => {
    const item = document.createElement('li');
    item.textContent = text;
    log.append(item);
  };

  run.addEventListener('click', async () => {
    log.replaceChildren();
    retry.hidden = true;
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
    retry.hidden = b.outcome !== 'conflict';
  }, { signal });

  retry.addEventListener('click', async () => {
    const version = foldedPosition(page.state.events.length, page.state.skipped);
    say(`Writer B reads again (version ${version}) and decides on the new state.`);
    const b = await send(page, demo.otherCommand, { expectedStreamVersion: version }, 'writer-b');
    if (!b) return;
    say(`Writer B retries: ${outcomeText(b)}`);
    retry.hidden = true;
    log.querySelector<HTMLElement>('li:last-child')?.focus();
  }, { signal });
}
