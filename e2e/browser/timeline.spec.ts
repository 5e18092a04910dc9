/**
 * The article's timeline: its dates in time order, relative ones ("last
 * week", "on Friday") worked out from the published date, zoomable from
 * years to days; a click goes back to the article at that date.
 */
import { expect, test } from './host-fixture.ts';

/** Published on Wednesday 4 March 2015; the relative date sits far down, below the first screen. */
const MARKDOWN = `---
title: Harbour talks resume
date: 2015-03-04
---

# Harbour talks resume

The harbour board first discussed the dredging plan in June 2014.

${'The board went through the budget line by line, and the members asked about the channel depth. '.repeat(40)}

A vote on the plan came last week, and the board meets again on Friday.
`;

// Dates are written in the reader's locale; this test reads them as a British reader would.
test.use({ locale: 'en-GB' });

test('the timeline shows a relative date resolved against the published date; a click goes to it', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();
  await page
    .getByTestId('document-file-input')
    .setInputFiles({ name: 'harbour.md', mimeType: 'text/markdown', buffer: Buffer.from(MARKDOWN) });
  await expect(page.locator('article.article h1')).toHaveText('Harbour talks resume');

  // The reader has read a little way down: that place is kept.
  const left = page.waitForRequest((request) =>
    decodeURIComponent(request.url()).endsWith('/document:set-reading-position'),
  );
  await page.locator('main.reading').evaluate((reading) => reading.scrollBy(0, 250));
  await left;

  await page.getByRole('button', { name: 'Timeline' }).click();
  const view = page.getByRole('main', { name: 'Timeline' });
  await expect(view.getByText('Relative dates are counted from the published date, 4 March 2015.')).toBeVisible();
  await view.getByRole('button', { name: 'Days', exact: true }).click();
  const periods = view.locator('.timeline-period');
  await expect(periods.locator('h3')).toHaveText(['June 2014', 'week of 23 February 2015', '6 March 2015']);
  const lastWeek = periods.nth(1).locator('.timeline-event');
  await expect(lastWeek.locator('mark')).toHaveText('last week');
  await expect(lastWeek.locator('.event-when')).toContainText('relative');
  await expect(lastWeek).toContainText('A vote on the plan came last week, and the board meets again on Friday.');

  // Zoomed out, the two dates of 2015 share their year.
  await view.getByRole('button', { name: 'Years', exact: true }).click();
  await expect(periods.locator('h3')).toHaveText(['2014', '2015']);
  await expect(periods.nth(1).locator('mark')).toHaveText(['last week', 'Friday']);

  // The article opens at the date, not at the reader's place, and keeps that as the new place.
  const kept = page.waitForRequest((request) =>
    decodeURIComponent(request.url()).endsWith('/document:set-reading-position'),
  );
  await periods.nth(1).locator('.timeline-event').first().click();
  const shown = page.locator('article.article .time-current');
  await expect(shown).toHaveText('last week');
  await expect(page.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'false');
  await expect(shown).toBeInViewport();
  const { offset } = (await kept).postDataJSON() as { offset: number };
  expect(offset).toBeGreaterThan(1_000);
  await expect(shown).toBeInViewport();
});

const SECOND = `---
title: Ferry crews return
date: 2016-09-14
---

# Ferry crews return

The ferry crews went back to work yesterday after a strike that began in August 2016.
`;

test('the library timeline lists every document’s dates with their titles; a click opens the other document there', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();
  const input = page.getByTestId('document-file-input');
  await input.setInputFiles({ name: 'harbour.md', mimeType: 'text/markdown', buffer: Buffer.from(MARKDOWN) });
  await expect(page.locator('article.article h1')).toHaveText('Harbour talks resume');
  await input.setInputFiles({ name: 'ferry.md', mimeType: 'text/markdown', buffer: Buffer.from(SECOND) });
  await expect(page.locator('article.article h1')).toHaveText('Ferry crews return');

  await page.getByRole('button', { name: 'Timeline' }).click();
  const view = page.getByRole('main', { name: 'Timeline' });
  await view.getByRole('button', { name: 'Whole library' }).click();
  await view.getByRole('button', { name: 'Months', exact: true }).click();
  const periods = view.locator('.timeline-period');
  await expect(periods.locator('h3')).toHaveText([
    'June 2014',
    'February 2015',
    'March 2015',
    'August 2016',
    'September 2016',
  ]);
  // "yesterday" counts from the ferry story's own date, "last week" from the harbour story's.
  await expect(periods.nth(4).locator('.event-document')).toHaveText('Ferry crews return');
  await expect(periods.nth(4).locator('.event-when')).toContainText('13 September 2016');
  await expect(periods.nth(1).locator('.event-document')).toHaveText('Harbour talks resume');

  await periods.nth(1).locator('.timeline-event').click();
  await expect(page.locator('article.article h1')).toHaveText('Harbour talks resume');
  const shown = page.locator('article.article .time-current');
  await expect(shown).toHaveText('last week');
  await expect(shown).toBeInViewport();
});
