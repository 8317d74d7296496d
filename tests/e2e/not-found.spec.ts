// Unknown routes get the site's own 404 page with links back, as `astro preview`
// and any static host serve it (dist/404.html), and with a pointer to the
// nearest real page for a slide or an exercise that does not exist.
import { test, expect } from '@playwright/test';
import { slideCount } from './deck-helpers.ts';

test('slides, presenter views and exercises that do not exist show the 404 page', async ({ page }) => {
  const total = await slideCount(page);
  const cases = [
    { path: '/slides/0', hint: `The talk has slides 1 to ${total}.`, link: `/slides/${total}` },
    { path: `/slides/${total + 1}`, hint: `The talk has slides 1 to ${total}.`, link: `/slides/${total}` },
    { path: '/exercises/nope', hint: 'There is no exercise at this address.', link: '/exercises' },
    { path: '/presenter/99', hint: `The presenter view has slides 1 to ${total}.`, link: `/presenter/${total}` },
  ];
  for (const c of cases) {
    const response = await page.goto(c.path);
    expect(response?.status(), c.path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
    await expect(page.getByText('Nothing lives at')).toContainText(c.path);
    await expect(page.getByText(c.hint)).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('main').getByRole('link', { name: 'The talk, from slide 1' })).toHaveAttribute('href', '/slides/1');
    await expect(page.locator('p', { hasText: c.hint }).getByRole('link')).toHaveAttribute('href', c.link);
  }
  // The nearest real page is a real page.
  await page.goto(`/slides/${total + 1}`);
  await page.getByRole('link', { name: `Go to the last slide (${total})` }).click();
  await expect(page).toHaveURL(new RegExp(`/slides/${total}$`));
  await expect(page.locator('section.slide')).toHaveAttribute('data-n', String(total));
});

test('an address with markup in it is shown as text, and the page links home', async ({ page }) => {
  await page.goto('/<b>bold</b>');
  await expect(page.locator('main b')).toHaveCount(0);
  await expect(page.getByText('Nothing lives at')).toContainText('<b>bold</b>');
  await page.getByRole('main').getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Event Sourcing, interactively');
});

test('the 404 file itself is a static page any host can serve', async ({ request }) => {
  const response = await request.get('/404.html');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('This page does not exist');
  expect(html).toContain('href="/read"');
});
