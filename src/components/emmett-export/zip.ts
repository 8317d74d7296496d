/**
 * Packs a project's files into a zip, under one folder so that unzipping
 * never scatters files into the learner's current directory. Pure: files in,
 * bytes out (fflate runs the same in the browser and in Node).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ProjectFiles } from './project.ts';

/** A fixed date, so the same files always give the same bytes (zip stores one per entry). */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

export function zipProject(folder: string, files: ProjectFiles): Uint8Array {
  const entries: Zippable = {};
  for (const path of Object.keys(files).sort()) {
    entries[`${folder}/${path}`] = [strToU8(files[path] ?? ''), { mtime: ZIP_DATE }];
  }
  return zipSync(entries, { level: 6 });
}
