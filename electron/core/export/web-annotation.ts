/**
 * Marginalia annotations as a W3C Web Annotation AnnotationCollection
 * (https://www.w3.org/TR/annotation-model/), so other tools can read them.
 *
 * - Every resource that the model says MUST have an IRI gets one: annotations,
 *   the collection and its page use `urn:uuid:` IRIs; a document is
 *   `urn:uuid:<document id>`, stable across exports and machines.
 * - Both selectors go in `target.selector`; the model lets a consumer use any.
 * - App data (colour, document title and hash) lives under the `marginalia:`
 *   prefix, declared in the second `@context` entry, so JSON-LD processors
 *   see it as an extension rather than an unknown term.
 * See docs/export-format.md.
 */
import { randomUUID } from 'node:crypto';
import type { Annotation } from '../../shared/api-contract.ts';
import type { DocumentRecord } from '../storage/schema.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const MARGINALIA_NAMESPACE = 'urn:marginalia:vocab#';
export const EXPORT_CONTEXT = [ANNO_CONTEXT, { marginalia: MARGINALIA_NAMESPACE }] as const;

export function documentIri(documentId: string): string {
  return `urn:uuid:${documentId}`;
}

export function annotationIri(annotationId: string): string {
  return `urn:uuid:${annotationId}`;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: { type: 'TextualBody'; value: string; format: 'text/markdown'; purpose: 'commenting' };
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'marginalia:color': string;
}

export interface AnnotationCollection {
  '@context': typeof EXPORT_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  'marginalia:documents': Array<{
    id: string;
    title: string;
    byline: string | null;
    source: string | null;
    'marginalia:contentHash': string;
  }>;
  first: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: WebAnnotation[] };
}

export function toWebAnnotation(annotation: Annotation): WebAnnotation {
  const { quote, position } = annotation.target;
  const hasNote = annotation.note.trim().length > 0;
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: hasNote ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    ...(hasNote
      ? { body: { type: 'TextualBody', value: annotation.note, format: 'text/markdown', purpose: 'commenting' } }
      : {}),
    target: {
      source: documentIri(annotation.documentId),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    'marginalia:color': annotation.color,
  };
}

/** Annotations are expected in reading order (document, then position). */
export function toAnnotationCollection(
  documents: DocumentRecord[],
  annotations: Annotation[],
  generated: Date = new Date(),
): AnnotationCollection {
  const label =
    documents.length === 1 ? `Marginalia annotations: ${documents[0]!.title}` : 'Marginalia annotations';
  const id = `urn:uuid:${randomUUID()}`;
  return {
    '@context': EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    generated: generated.toISOString(),
    'marginalia:documents': documents.map((d) => ({
      id: documentIri(d.id),
      title: d.title,
      byline: d.byline,
      source: d.source,
      'marginalia:contentHash': d.contentHash,
    })),
    first: {
      id: `urn:uuid:${randomUUID()}`,
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items: annotations.map(toWebAnnotation),
    },
  };
}
