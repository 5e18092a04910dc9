import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './host-fixture.ts';

test('an unreadable library file is kept aside and the user is told where', async ({ page, host }) => {
  const broken = '{"schemaVersion": 1, "documents": [ this is not json';
  await writeFile(join(host.dataDir, 'marginalia.json'), broken);
  await host.restart();
  await page.goto(host.url);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be read');
  const kept = (await readdir(host.dataDir)).find((name) => name.startsWith('marginalia.json.corrupt-'));
  expect(kept).toBeDefined();
  await expect(alert).toContainText(kept!);
  expect(await readFile(join(host.dataDir, kept!), 'utf8')).toBe(broken);
  // A fresh library with the sample article.
  await expect(page.locator('article h1')).toBeVisible();
});
