import { describe, expect, it } from 'vitest';
import { matchDocument, normalizeSurface, prf, scoreDocument, totalCounts, type GoldFile } from './score.ts';

const gold: GoldFile = {
  document: 'corpus/x.txt',
  entities: [
    { type: 'person', name: 'Barack Obama', aliases: ['Obama', 'Mr Obama'] },
    { type: 'place', name: 'United States', aliases: ['US', 'U.S.'] },
    { type: 'organization', name: 'BBC News', aliases: ['BBC'] },
    { type: 'date', name: 'Friday', aliases: [] },
  ],
  neutral: ['Americans', 'the president'],
};

const p = (type: string, name: string, aliases: string[] = []) => ({ type, name, aliases });

describe('normalizeSurface', () => {
  it('ignores case, punctuation, quotes and a trailing possessive', () => {
    expect(normalizeSurface('U.S.')).toBe('us');
    expect(normalizeSurface('“Obama’s')).toBe('obama');
    expect(normalizeSurface("BBC's")).toBe('bbc');
    expect(normalizeSurface('  Mr.  Obama ')).toBe('mr obama');
  });
});

describe('scoreDocument', () => {
  it('matches a prediction on any surface form, case- and punctuation-insensitively', () => {
    const c = scoreDocument([p('person', 'obama'), p('place', 'u.s'), p('organization', 'BBC’s')], gold);
    expect(c.person).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(c.place).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(c.organization).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(c.date).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('counts a duplicate that should have been merged as a false positive', () => {
    const m = matchDocument([p('person', 'Barack Obama'), p('person', 'Obama')], gold);
    expect(m.counts.person).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(m.falsePositives.map((e) => e.name)).toEqual(['Obama']);
  });

  it('requires the same type', () => {
    const c = scoreDocument([p('organization', 'United States')], gold);
    expect(c.organization.fp).toBe(1);
    expect(c.place.fn).toBe(1);
  });

  it('ignores predictions whose every surface form is neutral, but not mixed ones', () => {
    expect(scoreDocument([p('place', 'Americans')], gold).place).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(scoreDocument([p('place', 'Americans', ['Canada'])], gold).place).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreDocument([p('place', 'Americans', ['US'])], gold).place).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('ignores predictions of other types', () => {
    expect(totalCounts(scoreDocument([p('event', 'Friday')], gold))).toEqual({ tp: 0, fp: 0, fn: 4 });
  });

  it('micro-averages precision, recall and F1 over types', () => {
    const c = scoreDocument([p('person', 'Obama'), p('person', 'Jon Sopel'), p('date', 'Friday')], gold);
    const overall = prf(totalCounts(c));
    expect(overall.precision).toBeCloseTo(2 / 3);
    expect(overall.recall).toBeCloseTo(2 / 4);
    expect(overall.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
