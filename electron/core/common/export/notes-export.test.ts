import { describe, expect, it } from 'vitest';
import type { Annotation, DocumentRecord } from '../../../shared/api-contract.ts';
import { CSV_COLUMNS, passageLink, toCsv, toMarkdown, type NotesExport } from './notes-export.ts';

const DOCUMENT: DocumentRecord = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Harbour plan: "phase two" approved',
  byline: 'Jane Okafor',
  source: 'Wirepress',
  dateline: null,
  publishedAt: '2019-03-01',
  canonicalUrl: 'https://news.example/harbour-plan',
  origin: { kind: 'file', fileName: 'harbour.html' },
  contentHash: 'a'.repeat(64),
  textLength: 1000,
  created: '2024-05-01T10:00:00.000Z',
  modified: '2024-05-01T10:00:00.000Z',
};

function annotation(over: Partial<Annotation> & { tags?: string[]; grade?: object }): Annotation {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    documentId: DOCUMENT.id,
    color: 'yellow',
    note: '',
    target: {
      quote: { exact: 'the council approved, by 7 votes', prefix: '', suffix: '' },
      position: { start: 10, end: 42 },
    },
    created: '2024-05-02T09:00:00.000Z',
    modified: '2024-05-02T09:00:00.000Z',
    ...over,
  } as Annotation;
}

const input = (annotations: Annotation[], more: Partial<NotesExport> = {}): NotesExport => ({
  documents: [{ document: DOCUMENT, annotations }],
  generator: 'Marginalia 0.1.0',
  exported: new Date('2024-06-01T12:00:00.000Z'),
  ...more,
});

describe('toMarkdown', () => {
  it('opens with front matter giving the document and where it came from', () => {
    const md = toMarkdown(input([annotation({})]));
    expect(md.startsWith('---\n')).toBe(true);
    const front = md.split('---\n')[1]!;
    expect(front).toContain('title: "Harbour plan: \\"phase two\\" approved"');
    expect(front).toContain('source: "https://news.example/harbour-plan"');
    expect(front).toContain('published: "2019-03-01"');
    expect(front).toContain(`content_sha256: "${'a'.repeat(64)}"`);
    expect(front).toContain('imported: "2024-05-01T10:00:00.000Z"');
    expect(front).toContain('generator: "Marginalia 0.1.0"');
    expect(front).toContain('exported: "2024-06-01T12:00:00.000Z"');
  });

  it('writes each highlight as a block quote with its note, tags, grade, colour name and a link back', () => {
    const md = toMarkdown(
      input(
        [
          annotation({
            note: 'Check the *vote count*.',
            tags: ['port deal', 'council'],
            grade: { reliability: 'B', credibility: 2 },
          }),
        ],
        {
          colorNames: { yellow: 'claim' },
        },
      ),
    );
    expect(md).toContain('> the council approved, by 7 votes\n\nCheck the *vote count*.\n\n');
    expect(md).toContain('tags: #port-deal #council · grade: B2 · colour: yellow (claim)');
    expect(md).toContain(
      '[open the passage](https://news.example/harbour-plan#:~:text=the%20council%20approved%2C%20by%207%20votes)',
    );
  });

  it('gives each document its own section, with its details, when several are exported', () => {
    const other = { ...DOCUMENT, id: '33333333-3333-4333-8333-333333333333', title: 'Second', canonicalUrl: undefined };
    const md = toMarkdown({
      ...input([]),
      documents: [
        { document: DOCUMENT, annotations: [annotation({})] },
        { document: other, annotations: [] },
      ],
    });
    expect(md).toContain('title: "Marginalia annotations"\ndocuments: "2"');
    expect(md).toContain('# Second\n\n- byline: Jane Okafor');
    expect(md).toContain('- origin: harbour.html');
    expect(md).toContain('_No annotations._');
  });
});

describe('passageLink', () => {
  it('links only documents with a web address', () => {
    expect(passageLink({ ...DOCUMENT, canonicalUrl: undefined }, annotation({}))).toBeUndefined();
  });
});

describe('toCsv', () => {
  it('writes one row per annotation with its document, provenance and position', () => {
    const csv = toCsv(input([annotation({ note: 'He said "no", twice\nthen left', tags: ['a', 'b'] })]));
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(row).toBe(
      [
        '"Harbour plan: ""phase two"" approved"',
        DOCUMENT.id,
        'a'.repeat(64),
        'https://news.example/harbour-plan',
        '2024-05-01T10:00:00.000Z',
        '"the council approved, by 7 votes"',
        '"He said ""no"", twice\nthen left"',
        'a; b',
        'yellow',
        '',
        '',
        '2024-05-02T09:00:00.000Z',
        '2024-05-02T09:00:00.000Z',
        '10',
        '42',
        '2024-06-01T12:00:00.000Z',
        'Marginalia 0.1.0',
      ].join(','),
    );
  });

  it('keeps a cell that starts like a formula as text', () => {
    const csv = toCsv(input([annotation({ note: '=HYPERLINK("http://evil")' })]));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
