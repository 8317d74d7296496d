// The talk's frame: a title slide drawn from src/talk.config.ts (speaker and
// event empty as shipped, so nothing is shown for them), and a divider slide
// before each of the five parts, whose section is the part that follows.
import { test, expect } from '@playwright/test';
import { slideNumber } from './deck-helpers.ts';

test('the title slide shows the talk\'s title and subtitle, and no byline while speaker and event are empty', async ({ page }) => {
  await page.goto('/slides/1');
  const slide = page.locator('section.slide');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText('Event Sourcing');
  await expect(slide.locator('.subtitle')).toHaveText('a basic introduction');
  await expect(slide.locator('.byline')).toHaveCount(0);
  await expect(slide).toHaveText(/^\s*Event Sourcing\s*a basic introduction\s*$/);
});

const parts = [
  ['introduction-section', 'Introduction', 'disclaimer'],
  ['companies-section', 'Companies', 'companies'],
  ['concepts-section', 'Concepts', 'concepts'],
  ['faq-section', 'FAQ', 'faq-cqrs-vs-cqs'],
  ['practice-section', 'Practice', 'cost-of-change'],
] as const;

test('each of the five parts opens with a divider slide, in order, right before the part\'s first slide', async ({ page }) => {
  test.setTimeout(120_000);
  let previous = 0;
  for (const [i, [slug, name, first]] of parts.entries()) {
    const n = await slideNumber(page.request, slug);
    expect(n, `${slug} comes after the previous part`).toBeGreaterThan(previous);
    expect(await slideNumber(page.request, first), `${first} follows the ${name} divider`).toBe(n + 1);
    previous = n;
    await page.goto(`/slides/${n}`);
    const slide = page.locator('section.slide');
    await expect(slide).toHaveAttribute('data-layout', 'section');
    await expect(slide).toHaveAttribute('data-section', name);
    await expect(slide.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(slide.getByText(`Part ${i + 1} of 5`)).toBeVisible();
    await page.goto(`/slides/${n + 1}`);
    await expect(page.locator('section.slide')).toHaveAttribute('data-section', name);
  }
});
