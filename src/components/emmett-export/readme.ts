/** The README of an exported project: how to run it, what is in it, and where to go next. */
import { projectVersions } from './versions.ts';

export interface ReadmeInput {
  title: string;
  /** Where it came from on the site, e.g. "/playground?example=counter". */
  origin: string;
  streamName: string;
  /** One line per test file: what it holds. */
  tests: string[];
  /** Said openly: invariants without a derived case. */
  uncovered: string[];
}

export function readme(input: ReadmeInput): string {
  const uncovered =
    input.uncovered.length === 0
      ? ''
      : `\nNo command in the example's story could be turned into a case for ${input.uncovered.map((rule) => `"${rule}"`).join(', ')}; add one to \`test/decider.test.ts\` if you like.\n`;
  return `# ${input.title}, on Emmett

Exported from "Event Sourcing, interactively" (${input.origin}): your code as it was in the
editor, running on [Emmett](https://event-driven-io.github.io/emmett/) ${projectVersions.emmett}, an
event-sourcing library for Node.js.

## Run it

You need Node.js 20.6 or later (22 recommended).

\`\`\`sh
npm install && npm test    # your decider against the rules, with Emmett's DeciderSpecification
npm start                  # appends events.json to an Emmett event store, reads it back, prints state and projections
npm run typecheck          # TypeScript's opinion of your code (the site does not type-check it)
\`\`\`

## What is in it

| File | What |
| --- | --- |
| \`src/domain.ts\` | Your code, exactly as it was in the editor |
| \`src/events.json\` | The events \`npm start\` appends to the stream \`${input.streamName}\` |
| \`src/start.ts\` | The start script: \`appendToStream\`, \`aggregateStream\`, inline projections |
| \`src/emmett-adapter.ts\` | Converts between the site's engine and Emmett's types (data records, bigint positions) |
| \`engine/\` | The site's engine, so that \`import ... from '#engine'\` keeps working (see \`package.json\` "imports") |
${input.tests.map((line) => `| ${line} |`).join('\n')}
${uncovered}
A test fails with the name of the rule or check it is about, so breaking an invariant in
\`src/domain.ts\` shows which one.

## From the site's engine to Emmett

Your decider is already Emmett-shaped: \`decide(command, state)\`, \`evolve(state, event)\`,
\`initialState()\`, which is what Emmett's \`Decider\` type, \`DeciderCommandHandler\` and
\`DeciderSpecification\` take. The adapter only converts between the two type systems (Emmett's
event data is an object, its positions are bigints). To drop the engine, replace the
\`#engine\` imports in \`src/domain.ts\` with \`@event-driven-io/emmett\` (\`Event\`, \`Command\`,
\`Decider\`) and throw your own error class (or Emmett's \`IllegalStateError\`) instead of \`DomainError\`.

## When one machine is not enough

The store here is Emmett's in-memory event store: nothing to install or start, gone when the
process ends. Every Emmett store has the same \`EventStore\` interface (\`appendToStream\`,
\`readStream\`, \`aggregateStream\`), so only the line that creates the store changes:

- **PostgreSQL**: \`npm install @event-driven-io/emmett-postgresql\`, then
  \`getPostgreSQLEventStore(connectionString, { projections: projections.inline([...]) })\`.
  Inline projections there are written with Pongo (\`pongoSingleStreamProjection\`).
- **KurrentDB** (formerly EventStoreDB): Emmett's store package is
  \`@event-driven-io/emmett-esdb\` (\`getEventStoreDBEventStore(client)\`); newer Emmett releases
  name it for KurrentDB. Check Emmett's docs for the package that matches your Emmett version.
- **SQLite** (one file, no server): \`@event-driven-io/emmett-sqlite\`. It builds on the native
  \`sqlite3\` module, which needs a prebuilt binary or a C++ toolchain at install time; that is
  why this export uses the in-memory store.

Emmett's documentation: https://event-driven-io.github.io/emmett/
`;
}
