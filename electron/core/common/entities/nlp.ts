/**
 * The one place that loads compromise. It registers compromise-dates so the
 * parse tags Month, WeekDay, Year and Holiday terms, and describes the few
 * internals we read (the term list) with minimal local types, because the
 * published typings do not expose the plugin's methods on a plain view.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

/** A compromise term as found in `view.document`. */
export interface NlpTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags?: Set<string>;
}

/** One match from `.json({ offset: true })`. */
export interface NlpMatchJson {
  text: string;
  offset: { start: number; length: number };
}

interface MatchView {
  json(options: { offset: true; terms?: boolean }): NlpMatchJson[];
}

/** The parts of a parsed compromise document this pipeline uses. */
export interface NlpDoc {
  document: NlpTerm[][];
  people(): MatchView;
  organizations(): MatchView;
  places(): MatchView;
  dates(): MatchView;
}

/** Parse once; callers reuse the result for every question they ask. */
export function parse(text: string): NlpDoc {
  return nlp(text) as unknown as NlpDoc;
}

type Lexicon = Record<string, string | string[]>;
interface NlpModel {
  one: { lexicon: Lexicon };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = (nlp as unknown as { model(): NlpModel }).model();

/** compromise's own lexicon: lowercase word to tag(s). */
export const lexicon: Lexicon = model.one.lexicon;
/** compromise's generic organisation head words (ministry, council, …). */
export const orgWords: ReadonlySet<string> = new Set(Object.keys(model.two.orgWords));
/** compromise's generic place head words (river, city, museum, …). */
export const placeWords: ReadonlySet<string> = new Set(Object.keys(model.two.placeWords));
