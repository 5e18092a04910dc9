/**
 * How deeply a page's elements nest, estimated from its tags without
 * building a DOM: a page nested thousands of levels deep makes the DOM and
 * Readability recurse until the stack overflows, after a minute of work. It
 * is refused up front instead.
 *
 * The estimate counts elements that must be closed explicitly; those whose
 * end tag HTML lets a parser imply (`<p>`, `<li>`, `<td>`…) and void elements
 * never deepen it, so ordinary sloppy HTML is never mistaken for nesting.
 * Comments and the contents of `<script>`, `<style>` and `<textarea>` are skipped.
 */

/** Deeper than any real article (browsers stop laying out around 512 levels). */
export const MAX_NESTING = 1_000;

const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const IMPLIED_END = new Set(
  'p li dt dd tr td th option optgroup rb rt rtc rp thead tbody tfoot colgroup caption head body html'.split(' '),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

/** The deepest nesting of explicitly closed elements in `html`. */
export function nestingDepth(html: string): number {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (!name) continue; // a comment
    if (match[1]) {
      if (!VOID.has(name) && !IMPLIED_END.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    if (VOID.has(name) || IMPLIED_END.has(name) || match[3]) continue;
    depth++;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
