/**
 * A document file read as the app imports it (a saved page through its
 * article extraction, Markdown as the text a reader sees), for the commands
 * that analyse one file without touching the library.
 */
import { ImportError, readDocument } from '../core/node/import/read-document.ts';
import { CliError } from './cli-error.ts';
import { readInputFile } from './user-files.ts';

export async function readArticleText(file: string): Promise<string> {
  const bytes = await readInputFile(file, 'a .txt, .md or .html file');
  try {
    return readDocument(bytes, file).text;
  } catch (error) {
    if (error instanceof ImportError)
      throw new CliError(error.code === 'empty' ? `${error.message} Give a file with text in it.` : error.message);
    throw error;
  }
}
