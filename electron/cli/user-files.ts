/**
 * The files a command is pointed at: the document it reads, the library
 * folder (`--data-dir`) and the export target (`--out`). Every problem
 * becomes a {@link CliError} naming the user's own path; a temporary file
 * never appears in a message.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../core/node/import/decode-text.ts';
import { SAVED_FILE_MODE, writeFileDurably } from '../core/node/storage/atomic-write.ts';
import { CliError, errorCode, systemReason } from './cli-error.ts';

/**
 * Reads a document given on the command line.
 * @param wanted - What the command reads, for messages ("a text file").
 */
export async function readInputFile(path: string, wanted: string): Promise<Uint8Array> {
  const info = await stat(path).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') {
      throw new CliError(`There is no file at ${path}. Check the name and the folder, or give the full path.`);
    }
    throw new CliError(`${path} cannot be read: ${systemReason(error)}. Check that you may read it.`);
  });
  if (info.isDirectory()) throw new CliError(`${path} is a folder, not a file. Give the path of ${wanted} inside it.`);
  if (!info.isFile()) throw new CliError(`${path} is not a regular file. Give the path of ${wanted}.`);
  if (info.size > MAX_DOCUMENT_BYTES) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    throw new CliError(
      `${path} is ${mb(info.size)}; Marginalia reads documents up to ${mb(MAX_DOCUMENT_BYTES)}. Give a smaller file.`,
    );
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(`${path} cannot be read: ${systemReason(error)}. Check that you may read it.`);
  }
}

/**
 * Refuses a library folder that is a file (or inside one) before anything
 * tries to create it. A folder that does not exist yet is fine: it is created.
 * @param flag - How the user chose it, for messages: `--data-dir` or the environment variable.
 */
export async function checkDataDir(dir: string, flag: string): Promise<void> {
  const problem = await stat(dir).then(
    (info) => (info.isDirectory() ? null : 'is a file, not a folder'),
    // Missing: created when the library opens. Anything but ENOTDIR surfaces, in words, when it opens.
    (error: unknown) => (errorCode(error) === 'ENOTDIR' ? 'is inside a file, not a folder' : null),
  );
  if (problem) {
    throw new CliError(
      `${flag} ${dir} ${problem}. Give the folder that holds the library (a new folder is created if it does not exist).`,
    );
  }
}

/** Says why the library folder could not be opened, if a file operation was the reason; null otherwise. */
export function libraryFolderProblem(error: unknown, dir: string, flag: string): CliError | null {
  if (!errorCode(error)?.startsWith('E')) return null;
  return new CliError(
    `The library folder ${dir} cannot be used: ${systemReason(error)}. Choose a folder you can write to with ${flag}.`,
  );
}

/**
 * Writes an export to `--out`: a file, or a folder (existing, or written with
 * a trailing slash) to save it in under its default name.
 * @returns the file written.
 */
export async function writeExport(out: string, defaultName: string, contents: string): Promise<string> {
  const isFolder =
    /[\\/]$/.test(out) ||
    (await stat(out).then(
      (info) => info.isDirectory(),
      () => false,
    ));
  const target = isFolder ? join(out, defaultName) : out;
  const folder = dirname(resolve(target));
  let folderIsFolder: boolean;
  try {
    folderIsFolder = (await stat(folder)).isDirectory();
  } catch (error) {
    if (errorCode(error) !== 'ENOENT')
      throw new CliError(
        `The folder ${folder} cannot be used: ${systemReason(error)}. Give --out a folder you can write to.`,
      );
    throw new CliError(`The folder ${folder} does not exist. Create it first, or give --out a folder that exists.`);
  }
  if (!folderIsFolder) throw new CliError(`${folder} is a file, not a folder. Give --out a file name inside a folder.`);
  try {
    await writeFileDurably(target, contents, SAVED_FILE_MODE);
  } catch (error) {
    throw new CliError(`Cannot save ${target}: ${systemReason(error)}. Give --out a folder you can write to.`);
  }
  return target;
}
