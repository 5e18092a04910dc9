/**
 * Marginalia annotations as a W3C Web Annotation AnnotationCollection
 * (https://www.w3.org/TR/annotation-model/), so other tools can read them.
 *
 * - Every resource that the model says MUST have an IRI gets one: annotations,
 *   the collection and its page use `urn:uuid:` IRIs; a document is
 *   `urn:uuid:<document id>`, stable across exports and machines.
 * - A target's `source` is the page's canonical URL when the document came
 *   from a web page that gives one, so tools keyed on the page's address
 *   re-attach the annotations; the document's `urn:uuid:` stays beside it as
 *   `marginalia:document`. Other documents have their `urn:uuid:` as source.
 * - Both selectors go in `target.selector`; the model lets a consumer use any.
 * - App data (colour and its name, document title and hash) lives under the `marginalia:`
 *   prefix, declared in the second `@context` entry, so JSON-LD processors
 *   see it as an extension rather than an unknown term.
 * See docs/export-format.md.
 */
import { createHash, randomUUID } from 'node:crypto';
import type {
  Annotation,
  ColorNames,
  EntityKind,
  ExportedEntity,
  ExportedQuote,
} from '../../../shared/api-contract.ts';
import { createTarget } from '../../common/anchoring/text-quote.ts';
import { entityKey } from '../../common/entity-corrections/apply-corrections.ts';
import type { DocumentRecord } from '../../../shared/api-contract.ts';
import { origin } from '../../common/export/notes-export.ts';

/** Marginalia as the W3C `generator` of its exports. */
export const GENERATOR_IRI = 'urn:marginalia:app';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const MARGINALIA_NAMESPACE = 'urn:marginalia:vocab#';
export const EXPORT_CONTEXT = [ANNO_CONTEXT, { marginalia: MARGINALIA_NAMESPACE }] as const;

export function documentIri(documentId: string): string {
  return `urn:uuid:${documentId}`;
}

export function annotationIri(annotationId: string): string {
  return `urn:uuid:${annotationId}`;
}

/** The note, one body per tag, and the grade: the reader's words on a passage. */
export type AnnotationBody =
  | { type: 'TextualBody'; value: string; format: 'text/markdown'; purpose: 'commenting' }
  | { type: 'TextualBody'; value: string; purpose: 'tagging' }
  | {
      type: 'TextualBody';
      /** "B2": source reliability A–F, then information credibility 1–6. */
      value: string;
      purpose: 'assessing';
      'marginalia:grade': { reliability: string; credibility: number };
    };

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  /** One body, or several (a note, tags, a grade); absent for a plain highlight. */
  body?: AnnotationBody | AnnotationBody[];
  target: {
    source: string;
    /** Set when `source` is the page's URL: the document's own IRI. */
    'marginalia:document'?: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'marginalia:color': string;
}

/**
 * One curated entity: motivation `identifying`, its name as the body, and one
 * target per mention. Its IRI is derived from the document and the entity's
 * key, so the same entity keeps its IRI across exports.
 */
export interface EntityAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  body: {
    type: 'TextualBody';
    value: string;
    format: 'text/plain';
    purpose: 'identifying';
    'marginalia:entityType': EntityKind;
    'marginalia:aliases': string[];
    /** Dates only: ISO 8601 when the date could be resolved. */
    'marginalia:normalized'?: string;
  };
  target: Array<{
    type: 'SpecificResource';
    source: string;
    'marginalia:document'?: string;
    selector: WebAnnotation['target']['selector'];
  }>;
}

/**
 * One direct quotation the reader's window found: motivation `describing`,
 * the quoted words as target, and a body saying who said them, linked to the
 * speaker's identifying annotation. Import skips it (see `QUOTATION_KEY`):
 * it describes the article, it is not a reader's note.
 */
export interface QuoteAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: {
    type: 'TextualBody';
    /** "Said by Ada Lovelace", or "Quotation; the article does not say who said it". */
    value: string;
    format: 'text/plain';
    purpose: 'describing';
    [QUOTATION_KEY]: {
      speaker: string | null;
      speakerType?: EntityKind;
      /** The IRI of the speaker's identifying annotation in this export. */
      speakerEntity?: string;
      /**
       * "named" beside the quoted words, "inferred" from a pronoun, a role or the text around, or chosen by the
       * "reader" (with `speaker: null`: the reader judged that nobody the article names said it).
       */
      speakerBasis?: 'named' | 'inferred' | 'reader';
    };
  };
  target: EntityAnnotation['target'][number];
}

/** The body key that marks a quote annotation, so an import can tell it from a reader's note. */
export const QUOTATION_KEY = 'marginalia:quotation';

/** What the reader's window found in a document, with the text its offsets refer to. */
export interface FindingsExport {
  documentId: string;
  text: string;
  entities: ExportedEntity[];
  quotes?: ExportedQuote[];
}

export interface AnnotationCollection {
  '@context': typeof EXPORT_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  /** The software that wrote the file (W3C `generator`). */
  generator: { id: string; type: 'Software'; name: string };
  /** The reader's names for the highlight colours ("claim", "evidence"), when any is named. */
  'marginalia:colorNames'?: ColorNames;
  'marginalia:documents': Array<{
    id: string;
    title: string;
    byline: string | null;
    source: string | null;
    /** The page's canonical URL, when it has one: the `source` of this document's targets. */
    'marginalia:canonicalUrl'?: string;
    'marginalia:contentHash': string;
    /** Where the document came from: its page's address or the file it was read from. */
    'marginalia:origin': string;
    /** When it was added to the library. */
    'marginalia:imported': string;
  }>;
  first: {
    id: string;
    type: 'AnnotationPage';
    partOf: string;
    startIndex: 0;
    items: Array<WebAnnotation | EntityAnnotation | QuoteAnnotation>;
  };
}

/** Where a document's annotations point: its page's URL when known, else its own IRI (see the header). */
export function targetSource(document: Pick<DocumentRecord, 'id' | 'canonicalUrl'>): {
  source: string;
  'marginalia:document'?: string;
} {
  const iri = documentIri(document.id);
  return document.canonicalUrl ? { source: document.canonicalUrl, 'marginalia:document': iri } : { source: iri };
}

export function toWebAnnotation(
  annotation: Annotation,
  document: Pick<DocumentRecord, 'id' | 'canonicalUrl'> = { id: annotation.documentId },
): WebAnnotation {
  const { quote, position } = annotation.target;
  const hasNote = annotation.note.trim().length > 0;
  const bodies: AnnotationBody[] = [
    ...(hasNote
      ? [{ type: 'TextualBody', value: annotation.note, format: 'text/markdown', purpose: 'commenting' } as const]
      : []),
    ...(annotation.tags ?? []).map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' }) as const),
    ...(annotation.grade
      ? [
          {
            type: 'TextualBody',
            value: `${annotation.grade.reliability}${annotation.grade.credibility}`,
            purpose: 'assessing',
            'marginalia:grade': { ...annotation.grade },
          } as const,
        ]
      : []),
  ];
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: hasNote ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    ...(bodies.length > 0 ? { body: bodies.length === 1 ? bodies[0]! : bodies } : {}),
    target: {
      ...targetSource(document),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    'marginalia:color': annotation.color,
  };
}

/** A name-based (version 5 style) UUID: the same inputs always give the same IRI. */
function stableUuid(...parts: string[]): string {
  const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function toEntityAnnotation(
  documentId: string,
  text: string,
  entity: ExportedEntity,
  document: Pick<DocumentRecord, 'id' | 'canonicalUrl'> = { id: documentId },
): EntityAnnotation {
  return {
    id: entityIri(documentId, entity.type, entity.name),
    type: 'Annotation',
    motivation: 'identifying',
    body: {
      type: 'TextualBody',
      value: entity.name,
      format: 'text/plain',
      purpose: 'identifying',
      'marginalia:entityType': entity.type,
      'marginalia:aliases': entity.aliases,
      ...(entity.normalized ? { 'marginalia:normalized': entity.normalized } : {}),
    },
    target: entity.mentions.map(({ start, end }) => specificTarget(text, start, end, document)),
  };
}

function entityIri(documentId: string, type: EntityKind, name: string): string {
  return `urn:uuid:${stableUuid(documentId, entityKey(type, name))}`;
}

function specificTarget(
  text: string,
  start: number,
  end: number,
  document: Pick<DocumentRecord, 'id' | 'canonicalUrl'>,
): EntityAnnotation['target'][number] {
  const { quote, position } = createTarget(text, start, end);
  return {
    type: 'SpecificResource',
    ...targetSource(document),
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}

export function toQuoteAnnotation(
  documentId: string,
  text: string,
  quote: ExportedQuote,
  document: Pick<DocumentRecord, 'id' | 'canonicalUrl'> = { id: documentId },
): QuoteAnnotation {
  const speaker = quote.speaker;
  return {
    id: `urn:uuid:${stableUuid(documentId, 'quotation', String(quote.start), String(quote.end))}`,
    type: 'Annotation',
    motivation: 'describing',
    body: {
      type: 'TextualBody',
      value: speaker
        ? `Said by ${speaker.name}`
        : quote.basis === 'reader'
          ? 'Quotation; the reader judged that nobody the article names said it'
          : 'Quotation; the article does not say who said it',
      format: 'text/plain',
      purpose: 'describing',
      [QUOTATION_KEY]: speaker
        ? {
            speaker: speaker.name,
            speakerType: speaker.type,
            speakerEntity: entityIri(documentId, speaker.type, speaker.name),
            speakerBasis: quote.basis ?? 'inferred',
          }
        : { speaker: null, ...(quote.basis === 'reader' ? { speakerBasis: 'reader' } : {}) },
    },
    target: specificTarget(text, quote.start, quote.end, document),
  };
}

/**
 * Annotations are expected in reading order (document, then position). The
 * window's findings, when given, follow them: entities as identifying
 * annotations, then quotations as describing ones.
 */
export function toAnnotationCollection(
  documents: DocumentRecord[],
  annotations: Annotation[],
  generated: Date = new Date(),
  findings?: FindingsExport,
  /** "Marginalia 0.1.0": the software that wrote the file. */
  generatorName = 'Marginalia',
  colorNames: ColorNames = {},
): AnnotationCollection {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const items: Array<WebAnnotation | EntityAnnotation | QuoteAnnotation> = annotations.map((a) =>
    toWebAnnotation(a, byId.get(a.documentId)),
  );
  if (findings) {
    const { documentId, text } = findings;
    const document = byId.get(documentId);
    items.push(...findings.entities.map((e) => toEntityAnnotation(documentId, text, e, document)));
    items.push(...(findings.quotes ?? []).map((q) => toQuoteAnnotation(documentId, text, q, document)));
  }
  const label = documents.length === 1 ? `Marginalia annotations: ${documents[0]!.title}` : 'Marginalia annotations';
  const id = `urn:uuid:${randomUUID()}`;
  return {
    '@context': EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generated: generated.toISOString(),
    generator: { id: GENERATOR_IRI, type: 'Software', name: generatorName },
    ...(Object.keys(colorNames).length > 0 ? { 'marginalia:colorNames': { ...colorNames } } : {}),
    'marginalia:documents': documents.map((d) => ({
      id: documentIri(d.id),
      title: d.title,
      byline: d.byline,
      source: d.source,
      ...(d.canonicalUrl ? { 'marginalia:canonicalUrl': d.canonicalUrl } : {}),
      'marginalia:contentHash': d.contentHash,
      'marginalia:origin': origin(d),
      'marginalia:imported': d.created,
    })),
    first: {
      id: `urn:uuid:${randomUUID()}`,
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items,
    },
  };
}
