// @ts-check
/**
 * Monaco's own files in the build: its core and language chunks, its two
 * workers (the TypeScript one alone is about 7 MB) and its icon font. Shared
 * by the service worker (which caches them on first use instead of
 * precaching them) and the playground bench (which counts them apart from ours).
 * Its stylesheets are not listed: they are small and the playground page links them.
 */
const NAME = String.raw`(?:editor\.api|monaco-editor|editorWebWorker|editor\.worker|ts\.worker|tsMode|typescript|codicon)[.-][^/]*\.(?:js|ttf)`;

/** A built file's name, or a path ending in one. */
export const EDITOR_FILE = new RegExp(`(?:^|/)${NAME}$`);

/** The same files as the site serves them, for the service worker's route. */
export const EDITOR_URL = new RegExp(`/_astro/${NAME}$`);
