/** `entity-index:export`: the index as a file, named and typed for the save dialog or the download. */
import type { EntityIndexFormat } from '../../../shared/api-contract.ts';
import type { IndexedEntity } from '../../common/library-index/entity-index.ts';
import { entityIndexCsv, entityIndexGraphml, entityIndexJson } from '../../common/library-index/index-export.ts';

const FORMATS: Record<
  EntityIndexFormat,
  { fileName: string; mimeType: string; write: (index: readonly IndexedEntity[]) => string }
> = {
  csv: { fileName: 'marginalia-entities.csv', mimeType: 'text/csv', write: entityIndexCsv },
  graphml: {
    fileName: 'marginalia-entity-network.graphml',
    mimeType: 'application/graphml+xml',
    write: entityIndexGraphml,
  },
  json: { fileName: 'marginalia-entity-network.json', mimeType: 'application/json', write: entityIndexJson },
};

export function exportEntityIndex(
  index: readonly IndexedEntity[],
  format: EntityIndexFormat,
): { fileName: string; contents: string; mimeType: string } {
  const { fileName, mimeType, write } = FORMATS[format];
  return { fileName, mimeType, contents: write(index) };
}
