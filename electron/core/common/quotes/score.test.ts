import { describe, expect, it } from 'vitest';
import type { GoldFile } from '../entities/score.ts';
import type { Entity } from '../entities/types.ts';
import { scoreQuotes } from './score.ts';
import type { Quote } from './types.ts';

const text = 'Sir Tomas Okafor spoke. “We will rebuild,” Sir Tomas said. “Soon,” Ada Holm said.';
const okafor: Entity = {
  id: 'person:tomas okafor',
  type: 'person',
  name: 'Tomas Okafor',
  aliases: ['Tomas'],
  mentions: [],
};
const holm: Entity = { id: 'person:ada holm', type: 'person', name: 'Ada Holm', aliases: [], mentions: [] };
const quote = (words: string, speaker: Entity | null): Quote => {
  const start = text.indexOf(words);
  return {
    start,
    end: start + words.length,
    text: words,
    speaker: speaker && { entityId: speaker.id, name: speaker.name, type: speaker.type },
    basis: speaker ? 'named' : null,
  };
};
const gold = {
  document: 'corpus/t.txt',
  quotes: [
    { quote: 'We will rebuild,', speaker: 'Sir Tomas Okafor' },
    { quote: 'Soon,', speaker: 'Ada Holm' },
  ],
};
const entityGold: GoldFile = {
  document: 'corpus/t.txt',
  entities: [
    { type: 'person', name: 'Sir Tomas Okafor', aliases: ['Sir Tomas'] },
    { type: 'person', name: 'Ada Holm', aliases: [] },
  ],
  neutral: [],
};

describe('scoreQuotes', () => {
  it('counts a speaker right whose name is the gold one without its honorific', () => {
    const found = [quote('We will rebuild,', okafor), quote('Soon,', holm)];
    const counts = scoreQuotes(text, found, [okafor, holm], gold, entityGold);
    expect(counts.speakers).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('still counts another person, or nobody, wrong', () => {
    const found = [quote('We will rebuild,', holm), quote('Soon,', null)];
    const counts = scoreQuotes(text, found, [okafor, holm], gold, entityGold);
    expect(counts.speakers).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(counts.spans).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});
