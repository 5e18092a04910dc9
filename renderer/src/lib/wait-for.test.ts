import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from './wait-for.ts';

afterEach(() => vi.unstubAllGlobals());

describe('waitFor', () => {
  it('checks once a frame until the probe gives something truthy; false and empty are not there yet', async () => {
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0));
    const answers: Array<string | false | null> = [false, null, '', 'painted'];
    const probe = vi.fn(() => answers.shift()!);
    expect(await waitFor(probe)).toBe('painted');
    expect(probe).toHaveBeenCalledTimes(4);
  });

  it('gives null once the time is up', async () => {
    let now = 0;
    vi.stubGlobal('performance', { now: () => now });
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(() => ((now += 600), run()), 0));
    expect(await waitFor(() => false, 1_000)).toBeNull();
  });
});
