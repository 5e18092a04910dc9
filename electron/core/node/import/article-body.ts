/**
 * Tidying the blocks of a web page's article, whatever the site: what
 * Readability keeps around the story but a reader does not read as part of it.
 *
 * - The headline and byline are shown above the article; blocks at its top
 *   that repeat them are dropped.
 * - A section label or kicker ("Politics —", "Live:") before the first
 *   paragraph of the story is dropped.
 * - A line right after a picture that says what the picture's alt text says
 *   is the picture's caption, not a paragraph (pages that put captions in a
 *   list or a paragraph of their own).
 */
import { draftText, type BlockDraft } from '../../common/layout/layout-draft.ts';

/** Blocks at the top looked at for a repeated headline or byline. */
const HEADER_WINDOW = 3;
/** A label is this short. */
const MAX_LABEL_WORDS = 4;
/** A story's first paragraph is at least this long. */
const MIN_STORY_WORDS = 12;

const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function articleBody(drafts: BlockDraft[], header: { title: string; byline: string | null }): BlockDraft[] {
  return captionsAttached(withoutRepeatedHeader(withoutKickers(drafts), header));
}

function withoutRepeatedHeader(drafts: BlockDraft[], { title, byline }: { title: string; byline: string | null }) {
  const repeats = new Set([normalized(title)]);
  if (byline) {
    repeats.add(normalized(byline));
    repeats.add(normalized(`by ${byline}`));
  }
  let skip = 0;
  while (
    skip < Math.min(HEADER_WINDOW, drafts.length) &&
    drafts[skip]!.kind !== 'figure' &&
    repeats.has(normalized(draftText(drafts[skip]!)))
  )
    skip += 1;
  return drafts.slice(skip);
}

/** A short label ending in a dash, colon, bar or arrow. */
const LABEL = /[—–\-:|»›>]$/;

function withoutKickers(drafts: BlockDraft[]): BlockDraft[] {
  const storyStart = drafts.findIndex((d) => d.kind === 'paragraph' && words(draftText(d)) >= MIN_STORY_WORDS);
  const before = storyStart === -1 ? 0 : storyStart;
  return drafts.filter((draft, index) => {
    if (index >= before || (draft.kind !== 'paragraph' && draft.kind !== 'heading')) return true;
    const text = draftText(draft);
    return !(words(text) <= MAX_LABEL_WORDS && LABEL.test(text));
  });
}

/** Content words of a text: lower case, three letters or more. */
const contentWords = (text: string) =>
  new Set(
    normalized(text)
      .split(' ')
      .filter((w) => w.length >= 3),
  );

/** A caption is no longer than this. */
const MAX_CAPTION_WORDS = 80;
/** Share of a line's words that must come from the pictures' alt text for it to be their caption. */
const MIN_ALT_OVERLAP = 0.5;

/** Whether `line` says what the alt texts say: most of its words are theirs. */
function describes(line: string, alts: string[]): boolean {
  const mine = contentWords(line);
  const theirs = contentWords(alts.join(' '));
  if (mine.size === 0 || words(line) > MAX_CAPTION_WORDS) return false;
  let shared = 0;
  for (const word of mine) if (theirs.has(word)) shared += 1;
  return shared / mine.size >= MIN_ALT_OVERLAP;
}

const captionless = (draft: BlockDraft | undefined) => draft?.kind === 'figure' && draftText(draft) === '';

/** A line of its own next to pictures without captions, saying what they show, is their caption. */
function captionsAttached(drafts: BlockDraft[]): BlockDraft[] {
  const out: BlockDraft[] = [];
  /** The captionless pictures just before the current block, in order. */
  let before: BlockDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    let after = i + 1;
    while (captionless(drafts[after])) after++;
    const pictures = [...before, ...drafts.slice(i + 1, after)];
    const owner = before.at(-1) ?? drafts[i + 1];
    if (
      owner &&
      pictures.length > 0 &&
      draft.kind === 'paragraph' &&
      alone(draft, owner, drafts[i - 1], drafts[i + 1]) &&
      describes(
        draftText(draft),
        pictures.map((p) => p.alt ?? ''),
      )
    ) {
      owner.content = draft.content;
      before = [];
      continue;
    }
    before = captionless(draft) ? [...before, draft] : [];
    out.push(draft);
  }
  return out;
}

/** Whether `draft`'s own containers (a one-item list, say) hold no other block: it is a line of its own. */
function alone(draft: BlockDraft, figure: BlockDraft, previous?: BlockDraft, next?: BlockDraft): boolean {
  return draft.path
    .filter((c) => !figure.path.includes(c))
    .every((c) => !previous?.path.includes(c) && !next?.path.includes(c));
}
