import { readFileSync } from 'node:fs';
import { parse } from '../electron/core/entities/nlp.ts';
import { splitIntoChunks } from '../electron/core/entities/chunks.ts';
import { toTokens } from '../electron/core/entities/tokens.ts';
import { findNameSpans } from '../electron/core/entities/spans.ts';
import { candidatesFromSpan } from '../electron/core/entities/names.ts';
const file = process.argv[2]!; const grep = process.argv[3];
const text = file.endsWith('.txt') ? readFileSync(file, 'utf8') : file;
for (const chunk of splitIntoChunks(text)) {
  const doc = parse(chunk.text);
  for (const sentence of toTokens(doc.document, chunk.text, chunk.start)) {
    for (const span of findNameSpans(sentence)) {
      const cs = candidatesFromSpan(span, text);
      const spanText = text.slice(span.words[0]!.start, span.words.at(-1)!.end);
      if (grep && !spanText.includes(grep)) continue;
      console.log(`SPAN "${spanText}" tags=${span.words.map(w=>w.tokens.map(t=>[...t.tags].join('/')).join('+')).join(' ')}`);
      for (const c of cs) console.log(`   cand "${c.text}" intr=${JSON.stringify(c.intrinsic)} ctx=${JSON.stringify(c.context)}`);
    }
  }
}
