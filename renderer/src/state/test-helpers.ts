/** Shared by the state classes' tests: documents as the API sends them, and a fake API call. */
import type { Mock } from 'vitest';
import type { AnchoredAnnotation, DocumentSummary, OpenedDocument } from '../../../electron/shared/api-contract.ts';

export function documentSummary(over: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    title: 'T',
    byline: null,
    source: null,
    dateline: null,
    publishedAt: null,
    origin: { kind: 'file', fileName: 't.txt' },
    contentHash: 'a'.repeat(64),
    textLength: 0,
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    annotationCount: 0,
    ...over,
  };
}

/** A one-paragraph document holding `text`. */
export function openedDocument(
  text: string,
  annotations: AnchoredAnnotation[] = [],
  over: Partial<DocumentSummary> = {},
): OpenedDocument {
  return {
    document: documentSummary({ textLength: text.length, annotationCount: annotations.length, ...over }),
    text,
    layout: {
      structured: false,
      blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
      containers: [],
      marks: [],
    },
    annotations,
  };
}

/** Makes the mocked `call` answer from a table of channel → handler, and refuse any other channel. */
export function answer(call: Mock, handlers: Record<string, (request: any) => unknown>): void {
  call.mockImplementation(async (channel: string, request: unknown) => {
    const handler = handlers[channel];
    if (!handler) throw new Error(`unexpected call: ${channel}`);
    return handler(request);
  });
}
