import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/index.ts';
import { extractQuotes } from './index.ts';

const bases = (text: string): [string, string | null, string | null][] =>
  extractQuotes(text, extractEntities(text)).map((q) => [q.text, q.speaker?.name ?? null, q.basis]);

describe('attribution basis', () => {
  it('calls a speaker named beside the words "named", and one found from a pronoun or a role "inferred"', () => {
    const text =
      'Jane Okafor chairs the Kestrava Transport Ministry.\n\n' +
      '“We will rebuild the harbour,” Okafor said.\n\n' +
      'The council met again in May.\n\n' +
      '“It will take years,” she said.\n\n' +
      '“Funding is secured,” the ministry said.\n\n' +
      '“Nobody asked us,” one resident said.';
    expect(bases(text)).toEqual([
      ['We will rebuild the harbour,', 'Jane Okafor', 'named'],
      ['It will take years,', 'Jane Okafor', 'inferred'],
      ['Funding is secured,', 'Kestrava Transport Ministry', 'inferred'],
      ['Nobody asked us,', null, null],
    ]);
  });

  it('does not count a mention inside the quotation as naming its speaker', () => {
    const text = 'Tomas Reyes runs the port.\n\nThe board met on Monday.\n\n“They owe Reyes a great deal,” he said.';
    expect(bases(text)).toEqual([['They owe Reyes a great deal,', 'Tomas Reyes', 'inferred']]);
  });
});
