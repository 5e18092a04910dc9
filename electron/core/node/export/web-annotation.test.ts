import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/api-contract.ts';
import type { DocumentRecord } from '../../../shared/api-contract.ts';
import { ANNO_CONTEXT, toAnnotationCollection } from './web-annotation.ts';

const document: DocumentRecord = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'A title',
  byline: 'Jane Roe',
  source: null,
  dateline: null,
  publishedAt: null,
  origin: { kind: 'file', fileName: 'a.txt' },
  contentHash: 'a'.repeat(64),
  textLength: 100,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
};

function annotation(id: string, note: string, start: number): Annotation {
  return {
    id,
    documentId: document.id,
    color: 'pink',
    note,
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'quoted', prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start, end: start + 6 },
    },
    created: '2026-02-01T10:00:00.000Z',
    modified: '2026-02-02T10:00:00.000Z',
  };
}

const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** The W3C Web Annotation Data Model's MUSTs for what Marginalia writes. */
function expectConformingAnnotation(item: any): void {
  expect(item.id).toMatch(IRI);
  expect(item.type).toBe('Annotation');
  expect(item.target).toBeDefined();
  expect(item.target.source).toMatch(IRI);
  for (const selector of item.target.selector) {
    if (selector.type === 'TextQuoteSelector') expect(typeof selector.exact).toBe('string');
    else {
      expect(selector.type).toBe('TextPositionSelector');
      expect(Number.isInteger(selector.start) && selector.start >= 0).toBe(true);
      expect(selector.end).toBeGreaterThanOrEqual(selector.start);
    }
  }
  if (item.body) {
    expect(item.body.type).toBe('TextualBody');
    expect(typeof item.body.value).toBe('string');
  }
  expect(new Date(item.created).toISOString()).toBe(item.created);
  expect(new Date(item.modified).toISOString()).toBe(item.modified);
}

describe('toAnnotationCollection', () => {
  const collection = toAnnotationCollection(
    [document],
    [
      annotation('22222222-2222-4222-8222-222222222222', '', 3),
      annotation('33333333-3333-4333-8333-333333333333', 'A **note**', 40),
    ],
    new Date('2026-03-01T00:00:00.000Z'),
  );
  const roundTripped = JSON.parse(JSON.stringify(collection));

  it('is an AnnotationCollection with the anno.jsonld context first and IRIs for collection and page', () => {
    expect(roundTripped['@context'][0]).toBe(ANNO_CONTEXT);
    expect(roundTripped.type).toBe('AnnotationCollection');
    expect(roundTripped.id).toMatch(IRI);
    expect(roundTripped.total).toBe(2);
    expect(roundTripped.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0, partOf: roundTripped.id });
    expect(roundTripped.first.id).toMatch(IRI);
  });

  it('writes conforming annotations with both selectors and the app data under its prefix', () => {
    const [highlight, comment] = roundTripped.first.items;
    expectConformingAnnotation(highlight);
    expectConformingAnnotation(comment);
    expect(highlight.motivation).toBe('highlighting');
    expect(highlight.body).toBeUndefined();
    expect(comment.motivation).toBe('commenting');
    expect(comment.body).toEqual({
      type: 'TextualBody',
      value: 'A **note**',
      format: 'text/markdown',
      purpose: 'commenting',
    });
    expect(comment.id).toBe('urn:uuid:33333333-3333-4333-8333-333333333333');
    expect(comment.target.source).toBe(`urn:uuid:${document.id}`);
    expect(comment.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'quoted', prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: 40, end: 46 },
    ]);
    expect(comment['marginalia:color']).toBe('pink');
    expect(roundTripped['@context'][1]).toHaveProperty('marginalia');
  });

  it('names the documents it covers, where each came from and when, and the software that wrote it', () => {
    expect(roundTripped['marginalia:documents']).toEqual([
      {
        id: `urn:uuid:${document.id}`,
        title: 'A title',
        byline: 'Jane Roe',
        source: null,
        'marginalia:contentHash': 'a'.repeat(64),
        'marginalia:origin': 'a.txt',
        'marginalia:imported': '2026-01-01T00:00:00.000Z',
      },
    ]);
    expect(roundTripped.generator).toEqual({ id: 'urn:marginalia:app', type: 'Software', name: 'Marginalia' });
  });

  it("carries the reader's colour names, and says nothing of them when none is named", () => {
    expect(roundTripped).not.toHaveProperty('marginalia:colorNames');
    const named = toAnnotationCollection([document], [], new Date(), undefined, undefined, {
      yellow: 'claim',
      pink: 'question',
    });
    expect(JSON.parse(JSON.stringify(named))['marginalia:colorNames']).toEqual({ yellow: 'claim', pink: 'question' });
  });
});

describe('toAnnotationCollection with curated entities', () => {
  const text = 'Ada Lovelace wrote to Babbage. Later Lovelace published her notes.';
  const lovelace = {
    type: 'person' as const,
    name: 'Ada Lovelace',
    aliases: ['Lovelace'],
    mentions: [
      { start: 0, end: 12 },
      { start: 37, end: 45 },
    ],
  };
  const build = () =>
    JSON.parse(
      JSON.stringify(
        toAnnotationCollection(
          [document],
          [annotation('22222222-2222-4222-8222-222222222222', '', 3)],
          new Date('2026-03-01T00:00:00.000Z'),
          {
            documentId: document.id,
            text,
            entities: [
              lovelace,
              { type: 'date', name: 'Later', aliases: [], normalized: '2026', mentions: [{ start: 31, end: 36 }] },
            ],
          },
        ),
      ),
    );

  it('appends one identifying annotation per entity, counted in total', () => {
    const collection = build();
    expect(collection.total).toBe(3);
    expect(collection.first.items).toHaveLength(3);
    expect(collection.first.items.map((i: any) => i.motivation)).toEqual([
      'highlighting',
      'identifying',
      'identifying',
    ]);
  });

  it('writes a conforming annotation: TextualBody naming the entity, one SpecificResource target per mention with both selectors', () => {
    const item = build().first.items[1];
    expect(item.id).toMatch(IRI);
    expect(item.type).toBe('Annotation');
    expect(item.body).toEqual({
      type: 'TextualBody',
      value: 'Ada Lovelace',
      format: 'text/plain',
      purpose: 'identifying',
      'marginalia:entityType': 'person',
      'marginalia:aliases': ['Lovelace'],
    });
    expect(item.target).toEqual([
      {
        type: 'SpecificResource',
        source: `urn:uuid:${document.id}`,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Ada Lovelace', prefix: '', suffix: text.slice(12, 44) },
          { type: 'TextPositionSelector', start: 0, end: 12 },
        ],
      },
      {
        type: 'SpecificResource',
        source: `urn:uuid:${document.id}`,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Lovelace', prefix: text.slice(5, 37), suffix: text.slice(45) },
          { type: 'TextPositionSelector', start: 37, end: 45 },
        ],
      },
    ]);
    for (const target of item.target)
      expectConformingAnnotation({
        ...item,
        target,
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
      });
    expect(build().first.items[2].body['marginalia:normalized']).toBe('2026');
  });

  it('gives an entity the same IRI in every export, and different entities different IRIs', () => {
    const [, a1, b1] = build().first.items;
    const [, a2] = build().first.items;
    expect(a1.id).toBe(a2.id);
    expect(a1.id).not.toBe(b1.id);
    expect(a1.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('toAnnotationCollection with quotations', () => {
  const text = 'Lovelace said: “The engine weaves.” Someone wrote “nothing”.';
  const lovelace = { type: 'person' as const, name: 'Ada Lovelace', aliases: [], mentions: [{ start: 0, end: 8 }] };
  const weaves = {
    start: 16,
    end: 34,
    speaker: { name: 'Ada Lovelace', type: 'person' as const },
    basis: 'named' as const,
  };
  const nothing = { start: 51, end: 58, speaker: null, basis: null };
  const build = () =>
    JSON.parse(
      JSON.stringify(
        toAnnotationCollection([document], [], new Date('2026-03-01T00:00:00.000Z'), {
          documentId: document.id,
          text,
          entities: [lovelace],
          quotes: [weaves, nothing],
        }),
      ),
    );

  it('appends one describing annotation per quotation after the entities, counted in total', () => {
    const collection = build();
    expect(collection.total).toBe(3);
    expect(collection.first.items.map((i: any) => i.motivation)).toEqual(['identifying', 'describing', 'describing']);
  });

  it("targets the quoted words, names the speaker and links the speaker's identifying annotation", () => {
    const [entity, said, unattributed] = build().first.items;
    expectConformingAnnotation({ ...said, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' });
    expect(said.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'The engine weaves.', prefix: text.slice(0, 16), suffix: text.slice(34) },
      { type: 'TextPositionSelector', start: 16, end: 34 },
    ]);
    expect(said.body).toEqual({
      type: 'TextualBody',
      value: 'Said by Ada Lovelace',
      format: 'text/plain',
      purpose: 'describing',
      'marginalia:quotation': {
        speaker: 'Ada Lovelace',
        speakerType: 'person',
        speakerEntity: entity.id,
        speakerBasis: 'named',
      },
    });
    expect(unattributed.body['marginalia:quotation']).toEqual({ speaker: null });
    expect(unattributed.target.selector[0].exact).toBe('nothing');
  });

  it('says when the reader chose the speaker, or chose nobody the article names', () => {
    const items = JSON.parse(
      JSON.stringify(
        toAnnotationCollection([document], [], new Date('2026-03-01T00:00:00.000Z'), {
          documentId: document.id,
          text,
          entities: [lovelace],
          quotes: [
            { ...weaves, basis: 'reader' },
            { ...nothing, basis: 'reader' },
          ],
        }),
      ),
    ).first.items;
    expect(items[1].body['marginalia:quotation']).toMatchObject({ speaker: 'Ada Lovelace', speakerBasis: 'reader' });
    expect(items[2].body['marginalia:quotation']).toEqual({ speaker: null, speakerBasis: 'reader' });
    expect(items[2].body.value).toMatch(/reader judged that nobody the article names said it/);
    for (const item of items.slice(1))
      expectConformingAnnotation({
        ...item,
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
      });
  });

  it('gives a quotation the same IRI in every export', () => {
    expect(build().first.items[1].id).toBe(build().first.items[1].id);
    expect(build().first.items[1].id).not.toBe(build().first.items[2].id);
  });
});

describe("the target of a web page's annotations", () => {
  it("is the page's canonical URL, with the document IRI kept beside it", () => {
    const page: DocumentRecord = { ...document, canonicalUrl: 'https://news.example/2019/03/story' };
    const collection = toAnnotationCollection([page], [annotation('22222222-2222-4222-8222-222222222222', '', 4)]);
    const [item] = collection.first.items as any[];
    expectConformingAnnotation(item);
    expect(item.target.source).toBe('https://news.example/2019/03/story');
    expect(item.target['marginalia:document']).toBe(`urn:uuid:${document.id}`);
    expect(collection['marginalia:documents'][0]).toMatchObject({
      id: `urn:uuid:${document.id}`,
      'marginalia:canonicalUrl': 'https://news.example/2019/03/story',
    });
  });

  it('is the document IRI when the document has no page address', () => {
    const collection = toAnnotationCollection([document], [annotation('22222222-2222-4222-8222-222222222222', '', 4)]);
    const [item] = collection.first.items as any[];
    expect(item.target).not.toHaveProperty('marginalia:document');
    expect(item.target.source).toBe(`urn:uuid:${document.id}`);
  });
});
