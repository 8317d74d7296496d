// `npm run export`: the talk as a PDF, one 16:9 page per slide, or per step
// with --steps. Runs the real script against the build the tests serve
// (dist/, or EXPORT_DIST), so no second build is needed.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { slideCount, stepCounts } from './deck-helpers.ts';

const dist = process.env.EXPORT_DIST ?? 'dist';

function exportPdf(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/export-pdf.mjs', '--dist', dist, ...args], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('close', (code) => resolve({ code: code ?? 1, out, err }));
  });
}

/** Pages of a PDF: its `/Type /Page` objects (not `/Pages`, the tree nodes). */
const pdfPages = (bytes: Buffer) => (bytes.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

test('npm run export writes one PDF page per slide, and one per step with --steps', async ({ page }) => {
  test.setTimeout(180_000);
  const total = await slideCount(page);
  const steps = (await stepCounts(page, total)).reduce((sum, k) => sum + k + 1, 0);
  const file = path.join(os.tmpdir(), `es-export-${process.pid}.pdf`);

  const plain = await exportPdf(['--out', file]);
  expect(plain.err).toBe('');
  expect(plain.code).toBe(0);
  expect(plain.out).toContain(`Printing ${total} pages`);
  const pdf = await readFile(file);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfPages(pdf)).toBe(total);
  // Links are kept: the PDF has link annotations.
  expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Link/);

  const stepped = await exportPdf(['--out', file, '--steps']);
  expect(stepped.code).toBe(0);
  expect(pdfPages(await readFile(file))).toBe(steps);
  await rm(file, { force: true });
});

test('export says clearly what to do when Chromium is missing', async () => {
  const r = await exportPdf([], { CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(r.code).not.toBe(0);
  expect(r.err).toContain('Chromium was not found at /nonexistent/chromium');
  expect(r.err).toContain('CHROMIUM_PATH');
});
