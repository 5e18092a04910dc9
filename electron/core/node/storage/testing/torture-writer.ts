/**
 * A process for the torture tests to kill: it opens a library and writes in
 * a burst, printing `ack <kind> <id>` for each change only after the call
 * resolved (the change is acknowledged), until it is killed.
 *
 * Usage: node --import tsx torture-writer.ts <data-dir> <sample> annotations|imports|migration
 */
import { DocumentTrash } from '../../library/document-trash.ts';
import { importDocumentBytes } from '../../library/import-document.ts';
import { Library } from '../../library/library.ts';

const [dataDir, samplePath, mode] = process.argv.slice(2) as [string, string, string];
process.stdout.write('opening\n');
const library = await Library.open({ dataDir, sampleArticlePath: samplePath });
const ack = (kind: string, id: string) => process.stdout.write(`ack ${kind} ${id}\n`);
process.stdout.write('open\n');

if (mode === 'annotations') {
  // Several documents, concurrent creates, updates, deletes, and document deletes that span files.
  const documents = [];
  for (let d = 0; d < 4; d++) {
    const text = `Torture ${process.pid}-${d}\n\n${'Words to highlight in a paragraph. '.repeat(60)}`;
    documents.push(await library.addDocument({ text, origin: { kind: 'file', fileName: `t${d}.txt` } }));
  }
  const trash = new DocumentTrash(library);
  for (let round = 0; ; round++) {
    const batch = documents.map(async (document, d) => {
      const start = ((round * 7 + d) % 50) * 35;
      const created = await library.createAnnotation({
        documentId: document.id,
        start,
        end: start + 20,
        color: 'yellow',
      });
      ack('annotation', created.id);
      if (round % 3 === 0) {
        await library.updateAnnotation({ id: created.id, note: `note ${round}` });
        ack('note', `${created.id}:note ${round}`);
      }
    });
    await Promise.all(batch);
    if (round % 5 === 4) {
      const { restoreToken } = await trash.delete(documents[0]!.id);
      await trash.restore(restoreToken);
      ack('restored', documents[0]!.id);
    }
  }
} else if (mode === 'imports') {
  for (let i = 0; ; i++) {
    const text = `Imported story ${process.pid}-${i}\n\n${`Paragraph ${i} of an imported story. `.repeat(40)}`;
    const { document } = await importDocumentBytes(library, `story-${process.pid}-${i}.txt`, Buffer.from(text));
    ack('document', document.id);
  }
} else {
  // `migration`: opening did the work; say so and wait to be killed.
  process.stdout.write('migrated\n');
  setInterval(() => undefined, 60_000); // stay alive until killed
}
