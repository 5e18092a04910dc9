import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/index.ts';
import { extractQuotes } from './index.ts';

/** Each quotation with its speaker's name (or null). */
function said(text: string): [string, string | null][] {
  return extractQuotes(text, extractEntities(text)).map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('extractQuotes: who said it', () => {
  it('reads the attribution after a quotation, in either order, titles and appositives included', () => {
    const text =
      'Talla Brenvik chairs the council. Jane Okafor runs the port.\n\n' +
      '“We will rebuild the harbour,” said Ms. Okafor, a former engineer.\n\n' +
      '“It will take years,” Brenvik said. “But it will be done.”';
    expect(said(text)).toEqual([
      ['We will rebuild the harbour,', 'Jane Okafor'],
      ['It will take years,', 'Talla Brenvik'],
      ['But it will be done.', 'Talla Brenvik'],
    ]);
  });

  it('reads the attribution before a quotation: a verb, "according to", a partial quotation', () => {
    const text =
      'Jane Okafor said: “The vote is final.”\n\n' +
      'According to Talla Brenvik, “nothing has been decided.”\n\n' +
      'Okafor called the plan “a good start” on Monday.';
    expect(said(text)).toEqual([
      ['The vote is final.', 'Jane Okafor'],
      ['nothing has been decided.', 'Talla Brenvik'],
      ['a good start', 'Jane Okafor'],
    ]);
  });

  it('resolves pronouns to the person quoted last, and a definite role to the one named last', () => {
    const text =
      'Jane Okafor spoke first. “We are ready,” she said.\n\n' +
      'In 2020, backed by the Brenvik Group, she called it “a fair deal.”\n\n' +
      'Veltrix Shipping declined. “We have no comment,” the company said.';
    expect(said(text)).toEqual([
      ['We are ready,', 'Jane Okafor'],
      ['a fair deal.', 'Jane Okafor'],
      ['We have no comment,', 'Veltrix Shipping'],
    ]);
  });

  it('takes "he said" as the one reported speaking without quotation marks since, not a name in their clause', () => {
    const text =
      '“Prices will fall,” said Jane Okafor.\n\n' +
      'Demand has held up, said Tomas Reyes, who covers retail at the firm of Anders Holm. ' +
      'In a few years, he said, “nobody will remember the old shops.”\n\n' +
      'Okafor said Reyes’s view was “too hopeful,” and she said so again.';
    expect(said(text)).toEqual([
      ['Prices will fall,', 'Jane Okafor'],
      ['nobody will remember the old shops.', 'Tomas Reyes'],
      ['too hopeful,', 'Jane Okafor'],
    ]);
  });

  it('reads "according to X" after the quotation, a title or a place before the name included', () => {
    const text =
      'Causes remain unclear, but “warm water and a falling tide” play a part, according to the Nordic Port Authority.';
    expect(said(text)).toEqual([['warm water and a falling tide', 'Nordic Port Authority']]);
  });

  it('does not carry a speaker into a heading that opens with a quotation', () => {
    const text =
      '“The ships are late,” said Talla Brenvik.\n\n' + '‘Record’ crossings\n\n' + 'The ferry crossed twice on Monday.';
    expect(said(text)).toEqual([['The ships are late,', 'Talla Brenvik']]);
  });

  it('continues a speaker into a paragraph that opens with a quotation, and leaves the unnamed unnamed', () => {
    const text =
      '“The ships are late,” said Talla Brenvik.\n\n' +
      '“We expect them on Friday, weather permitting.”\n\n' +
      '“Nobody told us anything at all,” an official said.';
    expect(said(text)).toEqual([
      ['The ships are late,', 'Talla Brenvik'],
      ['We expect them on Friday, weather permitting.', 'Talla Brenvik'],
      ['Nobody told us anything at all,', null],
    ]);
  });

  it('leaves scare quotes and titles out', () => {
    expect(said('The so-called “deal” was signed. She sang “Silver Coast Morning” at the gala.')).toEqual([]);
  });
});
