import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOCUMENT_ACCEPT, DOCUMENT_FILE_TYPES, documentKindOf } from './document-files.ts';

interface FileAssociation {
  ext: string | string[];
  name: string;
  mimeType: string;
  role: string;
}

describe('document file types', () => {
  it("agree with electron-builder.yml's file associations", () => {
    const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as {
      fileAssociations: FileAssociation[];
    };
    const associations = config.fileAssociations.map(({ ext, name, mimeType }) => ({
      extensions: [ext].flat(),
      name,
      mimeType,
    }));
    expect(associations).toEqual(
      DOCUMENT_FILE_TYPES.map(({ extensions, name, mimeType }) => ({ extensions: [...extensions], name, mimeType })),
    );
  });

  it('name the format by extension, whatever the case and folders', () => {
    expect(documentKindOf('/home/me/Story.HTM')).toBe('html');
    expect(documentKindOf('C:\\notes.d\\draft.markdown')).toBe('markdown');
    expect(documentKindOf('a.txt')).toBe('text');
    expect(documentKindOf('archive.txt.gz')).toBeNull();
    expect(documentKindOf('README')).toBeNull();
    expect(documentKindOf('.md')).toBeNull();
  });

  it('give the file picker every extension and MIME type', () => {
    expect(DOCUMENT_ACCEPT).toBe('.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html');
  });
});
