// "Download as an Emmett project": the zip a learner gets from the playground
// and from an exercise page holds the project's files and the code that was
// in the editor when the button was pressed.
import { test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { editorText, expect, openPlayground, replaceEditor } from './playground-helpers.ts';

test.describe.configure({ timeout: 90_000 });

const repoFile = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Presses the button and unpacks what the browser saved. */
async function download(page: Page): Promise<{ name: string; files: Record<string, string> }> {
  const [saved]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Emmett/ }).click(),
  ]);
  const path = await saved.path();
  const files = Object.fromEntries(Object.entries(unzipSync(readFileSync(path))).map(([name, bytes]) => [name, strFromU8(bytes)]));
  return { name: saved.suggestedFilename(), files };
}

const projectFiles = ['package.json', 'tsconfig.json', 'README.md', 'src/domain.ts', 'src/events.json', 'src/start.ts', 'src/emmett-adapter.ts', 'test/decider.test.ts', 'engine/index.ts'];

test('the playground downloads the example as an Emmett project, with the code and events as edited', async ({ page }) => {
  await openPlayground(page, '?example=bank-account');
  const code = `// My own rule, to try on Emmett\n${await editorText(page, 'code')}`;
  await replaceEditor(page, 'code', code);
  const events = await editorText(page, 'events');

  const { name, files } = await download(page);
  expect(name).toBe('bank-account-emmett.zip');
  for (const path of projectFiles) expect(Object.keys(files)).toContain(`bank-account-emmett/${path}`);
  expect(files['bank-account-emmett/src/domain.ts']).toBe(code);
  expect(files['bank-account-emmett/src/events.json']?.trim()).toBe(events.trim());
  const manifest = JSON.parse(files['bank-account-emmett/package.json'] ?? '{}') as { dependencies: Record<string, string>; scripts: Record<string, string> };
  expect(Object.keys(manifest.dependencies)).toContain('@event-driven-io/emmett');
  expect(manifest.scripts.test).toContain('test/decider.test.ts');
  expect(manifest.scripts.start).toContain('src/start.ts');
  expect(files['bank-account-emmett/test/decider.test.ts']).toContain('Balance may not go below zero');
  await expect(page.locator('#pg-status')).toContainText('Downloaded bank-account-emmett.zip');
});

test('the playground says why it cannot export events that are not valid JSON', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  await replaceEditor(page, 'events', '[{ "type": "Incremented", ');
  // The edit is applied after the editor's pause and says so in the same alert: let it land
  // first, or it lands after the click and replaces the export's message.
  await expect(page.locator('#pg-alert')).toContainText('Invalid events');
  await page.getByRole('button', { name: /Emmett/ }).click();
  await expect(page.locator('#pg-alert')).toContainText('The Emmett project was not built: The events are not valid JSON');
});

test('an exercise page downloads the code in its editor: the start code, then the solution once it is shown', async ({ page }) => {
  await page.goto('/exercises/decide-with-an-invariant');
  const button = page.getByRole('button', { name: 'Download as an Emmett project' });
  await expect(button).toBeEnabled({ timeout: 20_000 });

  const first = await download(page);
  const folder = 'decide-with-an-invariant-emmett';
  expect(first.name).toBe(`${folder}.zip`);
  for (const path of [...projectFiles, 'test/checks.test.ts', 'test/checks/exercise/checks.ts', 'test/checks/kit.ts']) {
    expect(Object.keys(first.files)).toContain(`${folder}/${path}`);
  }
  expect(first.files[`${folder}/src/domain.ts`]).toBe(repoFile('playground/exercises/decide-with-an-invariant/start.ts'));

  await page.getByRole('button', { name: 'Show solution' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The solution is in the editor' })).toBeVisible();
  const second = await download(page);
  expect(second.files[`${folder}/src/domain.ts`]).toBe(repoFile('playground/exercises/decide-with-an-invariant/solution.ts'));
});

test('/read and the home page end with "Take it further", linking to Emmett and to the export', async ({ page }) => {
  for (const path of ['/read', '/']) {
    await page.goto(path);
    const section = page.getByRole('region', { name: 'Take it further: from this site to Emmett' });
    await expect(section).toBeVisible();
    await expect(section.getByRole('link', { name: 'event-driven-io.github.io/emmett' })).toHaveAttribute('href', 'https://event-driven-io.github.io/emmett/');
    await expect(section).toContainText('Download as an Emmett project');
    await expect(section.getByRole('link', { name: 'playground' })).toHaveAttribute('href', '/playground');
  }
  await page.goto('/read');
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: /Take it further/ }).click();
  await expect(page).toHaveURL(/#take-it-further$/);
});
