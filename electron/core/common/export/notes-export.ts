/**
 * Annotations as text people paste into their notes: Markdown (Obsidian and
 * Logseq read it: YAML front matter, each highlight a block quote with its
 * note, tags, grade and a link back) and CSV (one row per annotation). Both
 * carry their provenance: each document's content hash, where it came from,
 * when it was imported, and the generator and export time. Pure: the caller
 * gives the records in reading order and the time.
 */
import type { Annotation, DocumentRecord } from '../../../shared/api-contract.ts';

/** One document and its annotations, in reading order. */
export interface ExportedDocument {
  document: DocumentRecord;
  annotations: Annotation[];
}

export interface NotesExport {
  documents: ExportedDocument[];
  /** "Marginalia 0.1.0". */
  generator: string;
  exported: Date;
  /** The reader's names for the colours ("claim", "evidence"), when given. */
  colorNames?: Partial<Record<Annotation['color'], string>>;
}

/** Optional parts of an annotation that later versions of the store carry. */
interface Extras {
  tags?: readonly string[];
  grade?: { reliability: string; credibility: number } | null;
}

const extras = (a: Annotation): Extras => a as Annotation & Extras;

/** "B2": source reliability A–F, then information credibility 1–6. */
export function gradeLabel(a: Annotation): string {
  const grade = extras(a).grade;
  return grade ? `${grade.reliability}${grade.credibility}` : '';
}

function tagsOf(a: Annotation): readonly string[] {
  return extras(a).tags ?? [];
}

/** Where the document came from: its page's address, else the file it was read from. */
export function origin(document: DocumentRecord): string {
  return document.canonicalUrl ?? document.origin.fileName ?? document.origin.kind;
}

/**
 * A link back to the passage on its web page: the page's address with a
 * text fragment (`#:~:text=`) that browsers scroll to and highlight.
 */
export function passageLink(document: DocumentRecord, a: Annotation): string | undefined {
  if (!document.canonicalUrl) return undefined;
  const words = a.target.quote.exact.replace(/\s+/g, ' ').trim();
  const exact = words.length > 300 ? `${fragment(words.slice(0, 80))},${fragment(words.slice(-80))}` : fragment(words);
  return `${document.canonicalUrl.replace(/#.*$/, '')}#:~:text=${exact}`;
}

/** Text-fragment encoding: percent-encoding plus the characters the syntax reserves. */
function fragment(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

// ---- Markdown ----------------------------------------------------------------------------------------------------

export function toMarkdown(input: NotesExport): string {
  const one = input.documents.length === 1 ? input.documents[0]! : undefined;
  const head = frontMatter(
    one
      ? documentFields(one.document)
      : [
          ['title', 'Marginalia annotations'],
          ['documents', String(input.documents.length)],
        ],
    [
      ['exported', input.exported.toISOString()],
      ['generator', input.generator],
    ],
  );
  const sections = input.documents.map((d) => documentSection(d, input, one !== undefined));
  return `${head}\n${sections.join('\n')}`;
}

function documentFields(d: DocumentRecord): [string, string][] {
  const fields: [string, string | null | undefined][] = [
    ['title', d.title],
    ['byline', d.byline],
    ['source', d.canonicalUrl ?? d.source],
    ['published', d.publishedAt],
    ['imported', d.created],
    ['origin', origin(d)],
    ['content_sha256', d.contentHash],
  ];
  return fields.filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '');
}

function frontMatter(...groups: [string, string][][]): string {
  const lines = groups.flat().map(([key, value]) => `${key}: ${yamlString(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A YAML double-quoted scalar: always safe, whatever the title holds. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

function documentSection({ document, annotations }: ExportedDocument, input: NotesExport, only: boolean): string {
  const lines = [`# ${document.title.replace(/\s+/g, ' ')}`, ''];
  if (!only) {
    for (const [key, value] of documentFields(document).slice(1)) lines.push(`- ${key}: ${value}`);
    lines.push('');
  }
  if (annotations.length === 0) lines.push('_No annotations._', '');
  for (const a of annotations) lines.push(...annotationBlock(document, a, input), '');
  return lines.join('\n');
}

function annotationBlock(document: DocumentRecord, a: Annotation, input: NotesExport): string[] {
  const lines = a.target.quote.exact
    .trim()
    .split(/\n+/)
    .map((line) => `> ${line.trim()}`);
  if (a.note.trim()) lines.push('', a.note.trim());
  const meta: string[] = [];
  const tags = tagsOf(a);
  if (tags.length > 0) meta.push(`tags: ${tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ')}`);
  const grade = gradeLabel(a);
  if (grade) meta.push(`grade: ${grade}`);
  const name = input.colorNames?.[a.color];
  meta.push(`colour: ${a.color}${name ? ` (${name})` : ''}`);
  meta.push(`created: ${a.created}`);
  const link = passageLink(document, a);
  if (link) meta.push(`[open the passage](${link})`);
  lines.push('', meta.join(' · '));
  return lines;
}

// ---- CSV ---------------------------------------------------------------------------------------------------------

export const CSV_COLUMNS = [
  'document',
  'document_id',
  'content_sha256',
  'origin',
  'imported',
  'quote',
  'note',
  'tags',
  'colour',
  'colour_name',
  'grade',
  'created',
  'modified',
  'start',
  'end',
  'exported',
  'generator',
] as const;

/** RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv(input: NotesExport): string {
  const exported = input.exported.toISOString();
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const { document, annotations } of input.documents) {
    for (const a of annotations) {
      rows.push([
        document.title,
        document.id,
        document.contentHash,
        origin(document),
        document.created,
        a.target.quote.exact,
        a.note,
        tagsOf(a).join('; '),
        a.color,
        input.colorNames?.[a.color] ?? '',
        gradeLabel(a),
        a.created,
        a.modified,
        String(a.target.position.start),
        String(a.target.position.end),
        exported,
        input.generator,
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: keep it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
