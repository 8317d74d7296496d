/**
 * What an exported project installs, pinned exactly so that a project
 * downloaded today installs the same thing next year. Emmett's version is
 * the one the site's differential tests run against (package.json).
 *
 * The store is Emmett's own in-memory event store (in @event-driven-io/emmett):
 * @event-driven-io/emmett-sqlite needs the native `sqlite3` module, whose
 * install downloads a prebuilt binary or compiles C++ with node-gyp, which
 * fails on machines without a compiler or network to GitHub; and its latest
 * release asks for an Emmett release that is not published. The README of
 * the project says how to move to SQLite, PostgreSQL or KurrentDB.
 */
export const projectVersions = {
  emmett: '0.42.0',
  tsx: '4.23.15',
  typescript: '5.9.3',
  typesNode: '22.20.7',
} as const;
