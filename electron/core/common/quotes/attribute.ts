/**
 * Who said each quotation. News attributes a quotation in its own sentence
 * (`"…," Okafor said.` / `Okafor said: "…"` / `according to Okafor, "…"` /
 * `Okafor called it "…"` / `"…" to do X, Okafor said.` / `described as "…"
 * by the ministry`), or in the sentence before (`Okafor put it this way. "…"`),
 * or leaves it to the quotation before (`"…," she said. "…"`). The speaker
 * written there (a name, a pronoun, "the minister") is resolved to an entity
 * of the document's entity list: the mention it is, or, for a pronoun or a
 * definite role, the person or organisation it most likely refers to.
 */
import type { Entity, Mention } from '../entities/types.ts';
import { genderOfGivenName } from '../entities/given-names.ts';
import { TITLE_WORDS } from '../entities/lexicon.ts';
import { lookupCountry } from '../entities/countries.ts';
import { attributionBasis } from './basis.ts';
import { BUSINESS_ROLES, ORG_ROLES, PERSON_NOUNS, SPEECH_VERBS, TITLE_ABBREVIATIONS, WRITINGS } from './lexicon.ts';
import { isNameOrTerm } from './names-and-terms.ts';
import { paragraphStartOf } from './paragraphs.ts';
import type { QuotedSpan } from './quotation-marks.ts';
import type { Quote, Speaker } from './types.ts';

/** A speech verb as a word of its own: "so-called" calls nobody. */
const SPEECH_VERB = new RegExp(`(?<![\\w-])(?:${SPEECH_VERBS})\\b`, 'iu');
const VERB_FIRST = new RegExp(`^[\\s,—–-]*(?:${SPEECH_VERBS})\\s+`, 'iu');
/** ", she says," set inside a sentence: who the sentence reports. */
const REPORTING_CLAUSE = /,\s*(he|she)\s+(?:says|said|recalls|recalled|adds|added|explains|explained)\s*,/i;
const INVERTED_LATER = new RegExp(`,\\s+(?:${SPEECH_VERBS})\\s+`, 'iu');
const PRONOUN_VERB = new RegExp(`^[\\s,—–-]*(he|she|they|it|we)\\s+(?:\\w+\\s+)?(?:${SPEECH_VERBS})\\b`, 'iu');
const REPORTED_AFTER = new RegExp(`^(?:,[^,“”"\n]{1,80},)?\\s+(?:${SPEECH_VERBS})\\b`, 'iu');
/** "Director, Jane Doe, said": a name set off by commas, then its verb. */
const REPORTED_AFTER_APPOSED = new RegExp(`^,\\s+(?:${SPEECH_VERBS})\\b`, 'iu');
/** An inverted subject: `…, said X,` (after "admits X," X is what was admitted). */
const REPORTED_BEFORE = new RegExp(`[,"”’]\\s*(?:${SPEECH_VERBS})\\s+$`, 'iu');
/** `"…," the port's new director said`: a role phrase, not a clause ("the software as the company continued"). */
const ROLE_VERB = new RegExp(
  `^[\\s,—–-]*((?:the|a|an|one|another)\\s+(?:(?!(?:the|a|an|as|to|of|for|in|on|with|and|that|which)\\s)[\\p{L}\\d'’-]+\\s+){1,5}?)(?:${SPEECH_VERBS})\\b`,
  'iu',
);
/** A speech verb right after a subject, perhaps after an auxiliary: "has denied", "said on Monday". */
const SPEAKS_NEXT = new RegExp(`^\\s+(?:(?:has|have|had|also|again|later)\\s+)*(?:${SPEECH_VERBS})\\b`, 'iu');
const PERSON_NOUN = new RegExp(`^(?:${PERSON_NOUNS})$`, 'u');
/** `," residents said`, `," the officers announced`: a plural of people no name stands for. */
const UNNAMED_PEOPLE_VERB = new RegExp(
  `^[\\s,—–-]*(?:the\\s+|some\\s+|many\\s+|two\\s+|three\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:${PERSON_NOUNS})s\\s+(?:${SPEECH_VERBS})\\b`,
  'u',
);
/** What may stand between the closing mark or a verb and a name: a title, a role ("her mother, "). */
const NAME_GAP = new RegExp(
  `^(?:(?:${TITLE_ABBREVIATIONS})\\.?\\s+|(?!(?:behind|of|for|in|with|from|on|about)\\s)[\\p{L}'’-]+,?\\s+){0,4}$`,
  'u',
);
/** "the harbour department said": the role, then its verb. */
const ROLE_PHRASE = /\b(the)\s+((?:[\p{L}\d'’-]+\s+){0,5}?)(?:said|says|told|added|wrote|\w+ed)\b/iu;
/** `… but Okafor explained: `: a speech verb and a colon before the next quotation. */
const INTRODUCES = new RegExp(`(?:${SPEECH_VERBS})\\s*:\\s*$`, 'iu');
/** A sentence whose first few words include a speech verb: `Okafor said.`, `The minister told reporters`. */
const OPENS_WITH_SPEECH = new RegExp(
  `^\\W*(?:[\\p{L}.'’-]+\\s+){0,4}(?:${SPEECH_VERBS})\\b(?!\\s+(?:that|how|why|whether|if)\\b)[^.!?]{0,40}[.!?]`,
  'iu',
);
/** The words before someone spoken to or about: "told X", "a call with X". */
const OBJECT_LEAD =
  /\b(?:told|tells|telling|asked|asks|asking|thanked|mentioning|to|with|by|of|for|at|from|about|than)\s+$/i;
/** What may open a sentence before its subject's name: "But", "Cmdr.". */
const OPENING_LEAD = new RegExp(
  `^\\W*(?:(?:But|And|Yet|Still|Meanwhile|Later)\\s+)?(?:(?:${TITLE_ABBREVIATIONS})\\.?\\s+|(?:Lord|Lady|Sir|Dame)\\s+)?$`,
  'u',
);
/** An introductory phrase closed by a comma before the subject: "In a statement, Ms ". */
const INTRODUCTORY_LEAD = new RegExp(
  `^[^,"“”]{3,60},\\s+(?:(?:${TITLE_ABBREVIATIONS})\\.?\\s+|(?:Lord|Lady|Sir|Dame)\\s+)?$`,
  'u',
);
/** "a spokeswoman for Acme said", "a source close to the inquiry told": someone unnamed, reported speaking. */
const UNNAMED_REPORT = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|,\\s+|\\n)(?:an?|one|another)\\s+((?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)\\b(?!,\\s*\\p{Lu})[^,.!?"“”\\n]{0,80}?\\s(?:has\\s+|have\\s+|had\\s+)?(?:said|says|told|tells|added|adds)\\b`,
  'iu',
);
/** "a worker at the gate", "another witness": someone unnamed opening a sentence or clause. */
const UNNAMED_PERSON = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|,\\s+|\\n)(?:an?|another|[Tt]he\\s+\\p{Ll}+['’]s)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${PERSON_NOUNS})\\b`,
  'u',
);
/** A sentence ends at a full stop, but not an initial's or a title's ("U.N. General", "Mr. Smith"). */
const SENTENCE_END = new RegExp(
  `(?<!\\b\\p{Lu}|\\b(?:${TITLE_ABBREVIATIONS}|St|Jr|Sr|No|vs))[.!?]["”’]?\\s+(?=\\p{Lu}|["“]|$)`,
  'u',
);
/** Who heads or works for an organisation, beside the titles: "the Acme boss", "the party's head". */
const HEADS_OF = /^(?:boss|head|executive|manager|official|owner)$/;
interface Named {
  mention: Mention;
  entity: Entity;
}

/** Nationality nouns that are not "-man" words and not the adjective ("Spaniard", not "Spanish"). */
const NATIONALITY_NOUNS = /^(?:Spaniard|Scot|Briton|Swede|Dane|Finn|Pole|Turk|Swiss|Dutch|Kiwi)$/;

/**
 * "The sale still troubles the Dutchman. “…,” he said": a description of a
 * person ("the Dutchman", "the 32-year-old") after a rival's name, and not
 * set beside it (", the Dutchman,"), points back at the person the passage
 * is about, so the pronoun stays with the last speaker.
 */
function describesSomeoneSince(text: string, from: number, to: number): boolean {
  for (const m of text.slice(from, to).matchAll(/(,\s*)?\bthe\s+(\d+-year-old|\p{Lu}\p{Ll}+)\b/gu)) {
    if (m[1] !== undefined) continue;
    const word = m[2]!;
    if (/^\d/.test(word) || /\p{Ll}(?:man|woman)$/u.test(word) || NATIONALITY_NOUNS.test(word)) return true;
    if (lookupCountry(word)?.kind === 'demonym') return true;
  }
  return false;
}

/** The quotation's sentence, outside the content of any quotation. */
interface Context {
  /** From the sentence's start (or the previous quotation's end) to the opening mark. */
  before: string;
  beforeStart: number;
  /** The sentence goes on from the previous quotation: its words attribute that one, not this. */
  afterQuote: boolean;
  /** From the closing mark to the sentence's end (or the next quotation). */
  after: string;
  afterStart: number;
}

export function attributeQuotes(text: string, spans: readonly QuotedSpan[], entities: readonly Entity[]): Quote[] {
  // A name or a term in quotation marks is part of the sentence around it, not a quotation of its own.
  const quotations = spans.filter((span) => !isNameOrTerm(text, span));
  return new Attribution(text, quotations, entities).run();
}

class Attribution {
  readonly #named: Named[];
  readonly #entities: ReadonlyMap<string, Entity>;
  /** The speaker quoted last: who "he" or "she" most likely is, until someone else is named. */
  #salient: Speaker | null = null;
  /**
   * Who "she" is, where the article says: a title ("Mrs Brenvik", "Sir Tomas"), failing that the pronouns
   * of a person's own sentences (see `#gendersFromText`). Both say more than a given-name list.
   */
  readonly #gender = new Map<string, 'female' | 'male'>();
  /** Where the quotation before ended: a speaker reported after it is news, one before it is not. */
  #lastQuoteEnd = 0;
  /** Per role noun: where each entity was first introduced with it. */
  readonly #holders = new Map<string, Map<string, number>>();
  /** Per role noun: where the article first brought in an unnamed one ("a surveyor"), or -1. */
  readonly #unnamedRoleAt = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly spans: readonly QuotedSpan[],
    entities: readonly Entity[],
  ) {
    const speakers = entities.filter((e) => e.type === 'person' || e.type === 'organization');
    this.#entities = new Map(speakers.map((e) => [e.id, e]));
    this.#named = [
      ...speakers.flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity }))),
      ...surnamesOnly(text, speakers),
    ]
      .filter((n) => !isCreditLine(text, n.mention.start))
      .sort((a, b) => a.mention.start - b.mention.start);
    for (const { mention, entity } of this.#named) {
      const title = /\b(Mrs|Ms|Miss|Lady|Dame|Madam|Queen|Baroness|Princess|Mr|Sir|Lord|King|Prince|Baron)\.?\s+$/.exec(
        text.slice(Math.max(0, mention.start - 12), mention.start),
      )?.[1];
      if (title && !this.#gender.has(entity.id))
        this.#gender.set(entity.id, /^(?:Mr|Sir|Lord|King|Prince|Baron)$/.test(title) ? 'male' : 'female');
    }
    for (const [id, gender] of this.#gendersFromText()) if (!this.#gender.has(id)) this.#gender.set(id, gender);
  }

  /**
   * "Taylor Reyes posted a video of her first show": the pronouns in the sentences a person opens alone say
   * their gender, where a given-name list may guess wrong ("Taylor", "Jordan") or not know the name. Needs two
   * such pronouns and none of the other gender.
   */
  #gendersFromText(): Map<string, 'female' | 'male'> {
    const counts = new Map<string, { female: number; male: number }>();
    const people = this.#named.filter((n) => n.entity.type === 'person');
    people.forEach((n, i) => {
      if (this.#quoted(n.mention) || !this.#opensSentence(n.mention)) return;
      const rest = this.text.slice(n.mention.end, n.mention.end + 300);
      const end = rest.search(/[.!?]["”’]?\s|\n|[“"]/);
      const clause = end < 0 ? rest : rest.slice(0, end);
      const next = people[i + 1];
      if (next && next.mention.start < n.mention.end + clause.length) return; // someone else in the sentence
      const c = counts.get(n.entity.id) ?? { female: 0, male: 0 };
      c.female += clause.match(/\b(?:she|her|hers|herself)\b/giu)?.length ?? 0;
      c.male += clause.match(/\b(?:he|his|him|himself)\b/giu)?.length ?? 0;
      counts.set(n.entity.id, c);
    });
    const genders = new Map<string, 'female' | 'male'>();
    for (const [id, c] of counts) {
      if (c.female >= 2 && c.male === 0) genders.set(id, 'female');
      else if (c.male >= 2 && c.female === 0) genders.set(id, 'male');
    }
    return genders;
  }

  run(): Quote[] {
    const quotes: Quote[] = [];
    let previous: { quote: Quote; paragraph: number } | undefined;
    this.spans.forEach((span, index) => {
      const ctx = this.#context(index);
      const paragraph = paragraphStartOf(this.text, span.start);
      this.#salient = previous?.quote.speaker ?? null;
      this.#lastQuoteEnd = previous?.quote.end ?? 0;
      let speaker = this.#inSentence(span, ctx);
      if (speaker === undefined) speaker = this.#sharedWithNext(index);
      let continues: number | undefined;
      if (speaker === undefined && previous?.quote.speaker) {
        speaker = this.#continued(previous, paragraph, span);
        if (speaker) continues = previous.quote.start;
      }
      if (speaker === undefined && !looksLikeSpeech(this.text, span)) return; // a scare quote or a title
      const quote: Quote = {
        start: span.start,
        end: span.end,
        text: this.text.slice(span.start, span.end),
        speaker: speaker ?? null,
        basis: null,
        ...(continues === undefined ? {} : { continues }),
      };
      quotes.push(quote);
      previous = { quote, paragraph };
    });
    const attributed = repeatedQuotes(quotes);
    return attributed.map((q) => ({ ...q, basis: attributionBasis(this.text, q, this.#entities, attributed) }));
  }

  /**
   * "…," she said. "…": a quotation with no attribution of its own continues
   * the one before, in its paragraph, or from the paragraph before when the
   * new paragraph opens with it and nobody else was named in between.
   */
  #continued(previous: { quote: Quote; paragraph: number }, paragraph: number, span: QuotedSpan): Speaker | undefined {
    const last = previous.quote.speaker!;
    if (previous.paragraph === paragraph) return last;
    // A heading that opens with a quotation ("‘Unprecedented’ strandings") quotes nobody in particular.
    const end = this.text.indexOf('\n', span.end);
    const line = this.text.slice(paragraph, end < 0 ? this.text.length : end).trim();
    if (line.length < 80 && !/[.!?:"”’]$/.test(line)) return undefined;
    const other = this.#named.some(
      (n) =>
        n.entity.type === 'person' &&
        n.entity.id !== last.entityId &&
        n.mention.start > previous.quote.end &&
        n.mention.start < span.start,
    );
    return !other && /^\s*["“«‘']?$/.test(this.text.slice(paragraph, span.start)) ? last : undefined;
  }

  /**
   * `“ports, fishing” and trade “will suffer,” according to X`:
   * quotations in one sentence share the attribution that closes it.
   */
  #sharedWithNext(index: number): Speaker | null | undefined {
    const span = this.spans[index]!;
    const next = this.spans[index + 1];
    if (!next || /[.!?]$/.test(this.text.slice(span.start, span.end))) return undefined;
    if (/[\n.!?]/.test(this.text.slice(span.end + 1, next.start - 1))) return undefined;
    return this.#after(next, this.#context(index + 1));
  }

  /**
   * The speaker the quotation's own sentence names: `null` when it attributes
   * the words to someone the entity list does not name ("an official said"),
   * `undefined` when it attributes them to nobody.
   */
  #inSentence(span: QuotedSpan, ctx: Context): Speaker | null | undefined {
    // `“…” — Jane Doe` closing its line: an epigraph or a pull quote signed by its speaker.
    const signed = /^["”’]?\s*[—–-]{1,2}\s*/.exec(this.text.slice(span.end, span.end + 6));
    if (signed) {
      const named = this.#nameAt(span.end + signed[0].length);
      if (named && /^[\s.]*(?:\n|$)/.test(this.text.slice(named.mention.end, named.mention.end + 4)))
        return toSpeaker(named.entity);
    }
    // `…, Jane Doe paused: “…,” she tells a paper`: the subject that introduced the words with a colon.
    const introducer = this.#colonIntroducer(span, ctx);
    if (introducer && PRONOUN_VERB.test(ctx.after)) return toSpeaker(introducer.entity);
    const after = this.#after(span, ctx);
    if (after === undefined) {
      const before = this.#before(span, ctx);
      return before === undefined && introducer ? toSpeaker(introducer.entity) : before;
    }
    // `X said instead of the “…” Y had promised, …`: a phrase quoted inside X's reported speech is X's.
    if (isPartial(this.text, span) && SPEECH_VERB.test(ctx.before) && !/^\s*[,—–-]/.test(ctx.after)) {
      const before = this.#before(span, ctx);
      if (before) return before;
    }
    // `X said in a memo that the “…”, the Harbour Gazette reported`: the outlet relays what X said.
    if (after?.type === 'organization' && /\breport(?:ed|s)\b/i.test(ctx.after) && SPEECH_VERB.test(ctx.before))
      return this.#before(span, ctx) ?? after;
    return after;
  }

  /**
   * `," said Okafor`, `," Okafor said`, `," she said`, `," the minister said`, `" to stay, Okafor said`,
   * `" by the ministry`, `" …, according to the ministry`.
   */
  #after(span: QuotedSpan, ctx: Context): Speaker | null | undefined {
    const { text } = this;
    // `," calling the plan …`: a participle goes on with the sentence's subject; it names no one after it.
    const inverted = VERB_FIRST.exec(ctx.after);
    if (inverted && /ing\s+$/i.test(inverted[0])) return undefined;
    if (inverted) {
      const at = ctx.afterStart + inverted[0].length;
      const hit = this.#nameAt(at);
      if (hit) return toSpeaker(this.#titledBy(hit).entity);
      const pronoun = /^(he|she|they|it|we)\b/i.exec(text.slice(at, at + 5));
      if (pronoun) return this.#pronoun(pronoun[1]!, span.start);
      // `," says Ward.`: a surname the entity list did not mark here (an ordinary word too).
      const surname = /^(\p{Lu}[\p{L}'’-]+)\s*[.,;]/u.exec(text.slice(at, at + 40))?.[1];
      const person = surname ? this.#bySurname(surname) : undefined;
      if (person) return toSpeaker(person);
      // `," said a report from Acme`: a writing speaks for the source its phrase names.
      const source = this.#writingSource(at);
      if (source) return toSpeaker(source.entity);
      return /^(?:the|a|an)\s/i.test(text.slice(at, at + 4))
        ? this.#role(phraseAt(text, at) + ' said', span.start)
        : null;
    }
    const pronoun = PRONOUN_VERB.exec(ctx.after);
    if (pronoun) return this.#pronoun(pronoun[1]!, span.start);
    // `“Nobody owes the council” a penny more, he said.`: the quotation runs on into the writer's words.
    const tail = /^[^“”"]{1,80},\s*(he|she)\s+(?:said|says|added|adds|told|tells)\b[^,;“”"]{0,40}[.]?\s*$/i.exec(
      ctx.after,
    );
    if (tail && !/[.!?,]$/.test(text.slice(span.start, span.end))) return this.#pronoun(tail[1]!, span.start);
    // `," the statement read.` ("read" is too common a word to be a speech verb anywhere else).
    const read = /^[\s,—–-]*the\s+(\p{L}+)\s+read\b/iu.exec(ctx.after);
    const document = read?.[1]?.toLowerCase();
    if (document && WRITINGS.has(document)) return this.#issuer(document, span.start, read![0]);
    // The name nearest the verb: "White House press secretary Jane Doe told reporters" is Jane Doe;
    // "Jane Doe, a fellow at the Institute, said" has an appositive between.
    const verb = ctx.after.search(SPEECH_VERB);
    if (verb >= 0) {
      const verbAt = ctx.afterStart + verb;
      const names = this.#named.filter((n) => n.mention.start >= ctx.afterStart && n.mention.end <= verbAt);
      const last = names.at(-1);
      // `," the Harbour Band singer told …`: a name inside a role phrase is not who spoke.
      const inRole =
        last !== undefined &&
        /\bthe\s+$/i.test(text.slice(ctx.afterStart, last.mention.start)) &&
        /^\s+\p{Ll}+\s*$/u.test(text.slice(last.mention.end, verbAt));
      if (inRole) return this.#role(text.slice(ctx.afterStart, verbAt).replace(/^[\s,—–-]*/, '') + ' said', span.start);
      if (last && /^(?:\s*|,[^,]*,\s*|\s+\w+\s*)$/.test(text.slice(last.mention.end, verbAt)))
        return toSpeaker(this.#employee(last, names[0]).entity);
      const lead = names[0];
      if (lead && /^[\s,—–-]*(?:[\p{L}'’-]+,?\s+){0,5}$/u.test(text.slice(ctx.afterStart, lead.mention.start))) {
        const tail = text.slice(lead.mention.end, verbAt);
        if (/^(?:,[^,]*)?,?\s*$/.test(tail)) return toSpeaker(lead.entity);
        // `," Okafor and her colleagues wrote`: the one named leads the group that speaks.
        if (/^\s+and\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){1,2}$/u.test(tail) && lead.entity.type === 'person')
          return toSpeaker(lead.entity);
        // `," Jane Doe, a fellow at the Institute in Munich, Germany, and co-author, said`: a longer appositive.
        if (/^,?[^.;“”"]{0,200},\s*$/.test(tail) && lead.entity.type === 'person') return toSpeaker(lead.entity);
        // `," Reyes weighed in, telling Holm`: the participle's subject is the clause's.
        if (/^\w+ing\b/i.test(ctx.after.slice(verb)) && /^[^,.;]*,\s*$/.test(tail)) return toSpeaker(lead.entity);
      }
      // `“…” in the harbour, said Tomas Reyes, an economist`: the inverted subject ends the clause.
      const inverted = INVERTED_LATER.exec(ctx.after);
      if (inverted) {
        const hit = this.#nameAt(ctx.afterStart + inverted.index + inverted[0].length);
        if (hit) return toSpeaker(this.#titledBy(hit).entity);
      }
      // A name the entity list found elsewhere but not here ("…,”Kaplan says"): match it by its words.
      const written = /(\p{Lu}[\p{L}'’-]+)[\s,]*$/u.exec(text.slice(ctx.afterStart, verbAt))?.[1];
      const known = written ? this.#byName(written) : undefined;
      if (known) return toSpeaker(known);
      const role = ROLE_VERB.exec(ctx.after);
      // `," a company spokesman said`: a spokesperson speaks for the organisation, as "the spokesman" does.
      if (role)
        return this.#role(role[0].replace(/^([\s,—–-]*)an?\s(?=(?:\S+\s+){0,3}spokes)/iu, '$1the '), span.start);
      // `," residents said`, `," officers announced`: people the article does not name.
      if (UNNAMED_PEOPLE_VERB.test(ctx.after)) return null;
    }
    // `“…,” Jane Doe, head of research at Acme. “…”`: an attribution whose verb was left out.
    // Only for words that open their sentence and read as speech, not a term ("the “guardian,” Jane Doe, …").
    const spoken = text.slice(span.start, span.end);
    if (/,$/.test(spoken) && ctx.before.trim() === '' && spoken.split(/\s+/).length >= 3) {
      const bare = this.#named.find((n) => n.mention.start >= ctx.afterStart && n.mention.start <= ctx.afterStart + 2);
      const rest = bare ? text.slice(bare.mention.end, ctx.afterStart + ctx.after.length) : '';
      if (bare?.entity.type === 'person' && /^(?:,[^.;:“”"]{1,120})?\.\s*$/.test(rest)) return toSpeaker(bare.entity);
    }
    // `"…" are thought to contribute, according to the Department of X.`
    const according = /(?:^|[\s,—–-])according to\s+/i.exec(ctx.after);
    if (according) {
      const at = ctx.afterStart + according.index + according[0].length;
      const hit = this.#nameAt(at) ?? this.#writingSource(at);
      if (hit) return toSpeaker(hit.entity);
      if (/^the\s/i.test(text.slice(at, at + 4))) return this.#role(phraseAt(text, at) + ' said', span.start);
    }
    const agent = /^\s*by\s+/i.exec(ctx.after);
    if (agent) {
      const at = ctx.afterStart + agent[0].length;
      const hit = this.#named.find((n) => n.mention.start >= at && n.mention.start <= at + 4);
      if (hit) return toSpeaker(hit.entity);
      if (/^the\s/i.test(text.slice(at, at + 4))) return this.#role(phraseAt(text, at) + ' said', span.start);
    }
    return undefined;
  }

  /** "Jane Doe paused: “…”": a person right before a few words and a colon that introduce the quotation. */
  #colonIntroducer(span: QuotedSpan, ctx: Context): Named | undefined {
    if (ctx.afterQuote || !/:\s*$/.test(ctx.before)) return undefined;
    const last = [...this.#named]
      .reverse()
      .find((n) => n.mention.start >= ctx.beforeStart && n.mention.end <= span.start);
    if (last?.entity.type !== 'person') return undefined;
    return /^\s+(?:\p{Ll}+\s+){0,5}\p{Ll}+\s*:\s*$/u.test(this.text.slice(last.mention.end, span.start - 1))
      ? last
      : undefined;
  }

  /** `Okafor said: "…"`, `according to Okafor, "…"`, `Okafor called it "…"`, `He would speak "…"`. */
  #before(span: QuotedSpan, ctx: Context): Speaker | null | undefined {
    const { text } = this;
    // `"…," said Okafor, a founder of X. "…"`: the words between belong to the first quotation.
    if (ctx.afterQuote) return undefined;
    const inSentence = this.#named.filter((n) => n.mention.start >= ctx.beforeStart && n.mention.end <= span.start);
    // A headline's "Jane Doe: ‘…’" quotes Jane Doe.
    const colonName = inSentence.at(-1);
    if (
      colonName &&
      /^\s*:\s*$/.test(text.slice(colonName.mention.end, span.start - 1)) &&
      /^\W*(?:[\p{L}'’.-]+\W+){0,4}$/u.test(text.slice(ctx.beforeStart, colonName.mention.start)) &&
      // "Okafor told Radio Harbour: “…”": the name after a speech verb is who heard it.
      !SPEECH_VERB.test(text.slice(ctx.beforeStart, colonName.mention.start))
    )
      return toSpeaker(colonName.entity);
    // "In Okafor's own words, “…”": whose words they are.
    const owner = inSentence.find(
      (n) =>
        /\bin\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(ctx.beforeStart, n.mention.start - 8), n.mention.start)) &&
        /^['’]s?\s+(?:own\s+)?words,?\s*$/.test(text.slice(n.mention.end, span.start - 1)),
    );
    if (owner) return toSpeaker(owner.entity);
    // "According to Reyes, the plan was “a mistake”": the source named, wherever the clause is.
    const according = ctx.before.search(/\baccording to\s/i);
    if (according >= 0) {
      const at = ctx.beforeStart + according + 'according to '.length;
      const source = inSentence.find((n) => n.mention.start >= at && n.mention.start <= at + 30);
      if (source && NAME_GAP.test(text.slice(at, source.mention.start))) return toSpeaker(source.entity);
      const issuer = this.#writingSource(at);
      if (issuer) return toSpeaker(issuer.entity);
      // "according to the minutes — “…”": a source the entity list does not name.
      if (/according to\s*[^,“”"]*,?\s*[—–-]?\s*$/i.test(ctx.before)) return null;
    }
    const verb = lastIndexOf(ctx.before, SPEECH_VERB);
    if (verb >= 0) {
      // The subject of the speech verb: the last name before it, or a pronoun right before it.
      const head = ctx.before.slice(0, verb);
      const participle = /^\w+ing\b/i.test(ctx.before.slice(verb));
      // "Declaring “…” is at stake, Defense Secretary Jane Doe ordered …": the subject after the opening phrase.
      if (/(?:^|[—–]|--)\W*$/.test(head) && participle) {
        const end = ctx.afterStart + ctx.after.length;
        const subject = this.#named.find((n) => n.mention.start >= ctx.afterStart && n.mention.end <= end);
        const gap =
          subject &&
          text
            .slice(ctx.afterStart, subject.mention.start)
            .replace(/^[^,]*,/, '')
            .trimStart();
        if (subject && gap !== undefined && NAME_GAP.test(gap)) return toSpeaker(subject.entity);
      }
      // "Said Mr Okafor: “…”": the verb opens the sentence, its subject follows.
      if (/^\W*$/.test(head)) {
        const inverted = this.#nameAt(
          ctx.beforeStart + verb + (/^\S+\s*/.exec(ctx.before.slice(verb))?.[0].length ?? 0),
        );
        if (inverted) return toSpeaker(inverted.entity);
      }
      const subjects = inSentence.filter((n) => n.mention.end <= ctx.beforeStart + verb);
      // "He estimated the cost, adding: “…”": a participle's subject opens the clause.
      const pronoun =
        /\b(he|she|they|it|we)(?:\s+(?:\w+\s+){0,2}|[’'])$/i.exec(head) ??
        (participle ? /^\W*(he|she)\b/i.exec(head) : null);
      const lastNamed = subjects.at(-1);
      if (pronoun && (!lastNamed || ctx.beforeStart + pronoun.index > lastNamed.mention.end)) {
        return this.#pronoun(pronoun[1]!, ctx.beforeStart + pronoun.index);
      }
      // "At the meeting, he praised X, called Y a “…” and added, “…”": a pronoun opening the sentence is
      // the subject of its verbs; the names after it are their objects, unless one stands right before the verb.
      const opener = /^\W*(?:[^,“”"]{0,40},\s*)?(he|she)\s+\p{Ll}/iu.exec(head);
      const nameSpeaks =
        lastNamed !== undefined &&
        /^\s*(?:,[^,]*,\s*)?$/.test(text.slice(lastNamed.mention.end, ctx.beforeStart + verb));
      if (opener && !nameSpeaks) return this.#pronoun(opener[1]!, ctx.beforeStart + opener.index);
      // "Jane Doe, leader of the X party and Y's rival, described it as …": the subject opens the
      // sentence and an appositive follows it; otherwise the name nearest the verb.
      const opening = subjects[0];
      const lead = opening ? text.slice(ctx.beforeStart, opening.mention.start) : '';
      // "In an article for a paper, Ms Okafor, who chairs X, says:": an opening phrase, then the subject.
      const leads = opening && (OPENING_LEAD.test(lead) || INTRODUCTORY_LEAD.test(lead));
      if (opening && leads && text.startsWith(',', opening.mention.end)) {
        // "Harbour Finance Minister, Jane Doe, said": a title the entity list took for a name, then the person.
        const named = opening.entity.type === 'organization' ? this.#personAfter(opening.mention.end + 1) : undefined;
        return toSpeaker((named ?? opening).entity);
      }
      // "X wrote to the board, asking …": a participle's subject is the clause's, not the name nearest it.
      if (opening && leads && participle) return toSpeaker(opening.entity);
      // "The statement, obtained by a newspaper, claimed “…”": the document's issuer, not the paper.
      const document = /^\W*the\s+([\p{L}]+)/iu.exec(head)?.[1]?.toLowerCase();
      if (document && WRITINGS.has(document)) return this.#issuer(document, ctx.beforeStart, head);
      // "The veteran actor, whose films include X and Y, said": the description is the subject.
      const described = /^\W*(the\s+(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+)\s*,\s*(?:who|whose|which)\b/iu.exec(head);
      const describedEnd = ctx.beforeStart + (described?.[0].length ?? 0);
      if (described && !subjects.some((n) => n.entity.type === 'person' && n.mention.start < describedEnd))
        return this.#role(described[1]! + ' said', ctx.beforeStart);
      // "Analyst Jane Doe, director of the Acme group, said": the person before the appositive.
      const apposed = subjects.find(
        (n) =>
          n.entity.type === 'person' &&
          // An initialism's full stops ("the U.N.'s office") end no appositive.
          /^,(?:[^.;,“”"]|\.(?=\S)){1,150},\s*$/.test(text.slice(n.mention.end, ctx.beforeStart + verb)),
      );
      if (apposed) return toSpeaker(apposed.entity);
      // "The Tory leader said:", "the Acme chief executive said": the organisation only says whose the role
      // is; whoever holds the role speaks ("the Acme group said" stays the organisation's: see `#role`).
      if (lastNamed?.entity.type === 'organization') {
        const role = text.slice(lastNamed.mention.end, ctx.beforeStart + verb);
        const definite = /\bthe\s+$/i.test(text.slice(ctx.beforeStart, lastNamed.mention.start));
        const noun = /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)\s+$/u.exec(role)?.[1];
        if (definite && noun && (TITLE_WORDS.has(noun) || HEADS_OF.test(noun)))
          return this.#role(`the ${role.trim()} said`, ctx.beforeStart + verb);
      }
      if (lastNamed) return toSpeaker(this.#employee(lastNamed).entity);
      // "An Acme spokesman said:": the organisation the phrase or the article names.
      const spokesman = /\b(an?\s+(?:[\p{L}'’-]+\s+){0,3}spokes(?:wo)?(?:man|person))\s+$/iu.exec(head);
      if (spokesman) return this.#role(spokesman[1]!.replace(/^an?\s/i, 'the ') + ' said', span.start);
      // "…, she says, and then when she told them, “…”": the reporting clause, not the last verb, says who.
      const reporting = REPORTING_CLAUSE.exec(ctx.before);
      if (reporting) return this.#pronoun(reporting[1]!, ctx.beforeStart + reporting.index);
      if (/\bthe\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(head) || /\bthe\s/i.test(head))
        return this.#role(head + ' said', span.start);
      return null;
    }
    // "Jane Doe, a fellow at X, once put it this way. “…”": a quotation standing as its own sentence
    // after one about a person quotes that person (the first named: the sentence's subject).
    if (ctx.before.trim() === '' && !isPartial(text, span)) {
      const paragraph = paragraphStartOf(text, span.start);
      const sentence = lastIndexOf(
        text.slice(paragraph, Math.max(paragraph, ctx.beforeStart - 1)),
        /[.!?]["”’]?\s+\p{Lu}/u,
      );
      const from = paragraph + Math.max(0, sentence);
      const about = this.#aboutWhom(from, ctx.beforeStart);
      if (about) return about;
    }
    // A paragraph that is only a quotation, after one about a person, quotes that person.
    const paragraph = paragraphStartOf(text, span.start);
    if (ctx.before.trim() === '' && ctx.beforeStart === paragraph && paragraph > 0 && !isPartial(text, span)) {
      const previous = paragraphStartOf(text, paragraph - 2);
      const lastSentence = lastMatch(text.slice(previous, paragraph - 1).trimEnd(), SENTENCE_END);
      const from = previous + (lastSentence ? lastSentence.index + lastSentence[0].length : 0);
      // A sentence inside the quotation this paragraph continues is the speaker's words, not about them.
      const about = this.#quoted({ start: from, end: from + 1 }) ? undefined : this.#aboutWhom(from, paragraph - 1);
      if (about) return about;
    }
    // A partial quotation in a sentence about someone: "He would speak “bluntly”".
    if (isPartial(text, span)) {
      const pronoun = /^\s*(he|she)\b/i.exec(ctx.before);
      if (pronoun) return this.#pronoun(pronoun[1]!, ctx.beforeStart) ?? undefined;
      const first = inSentence[0];
      // "Okafor, a writer for “plain-speaking” papers": a quotation inside an appositive describes them.
      const appositive = first && /^\s*,/.test(text.slice(first.mention.end, span.start));
      if (first && !appositive && first.mention.start - ctx.beforeStart < 40) return toSpeaker(first.entity);
    }
    return undefined;
  }

  /**
   * Whom a sentence without quotation marks is about, for the quotation that
   * follows it: of the people it names, the one the article names most (an
   * interview's subject, not the colleague she mentions); if it names nobody,
   * the person its "she" or "he" is ("But hasn't she turned down offers?").
   */
  #aboutWhom(from: number, to: number): Speaker | undefined {
    const sentence = this.text.slice(from, to);
    if (/["“”]/.test(sentence)) return undefined;
    // An interviewer's question ("Was she a fan of Okafor's?") is answered by whom it asks about.
    const asked = /\?\s*$/.test(sentence) ? /\b(he|she)\b/i.exec(sentence) : null;
    if (asked) return this.#pronoun(asked[1]!, from + asked.index) ?? undefined;
    // "But he has met Holm and Okafor.": the sentence is about its subject, not the people it names.
    const subject = /^\W*(?:(?:But|And|Yet|So|Then|Now)\s+)?(he|she)\b/i.exec(sentence);
    if (subject) return this.#pronoun(subject[1]!, from + subject.index) ?? undefined;
    const people = this.#named.filter(
      (n) => n.mention.start >= from && n.mention.end <= to && n.entity.type === 'person',
    );
    // "Okafor was asked whether Reyes would sell.": the one asked answers.
    const askedOne = people.find((n) =>
      /^\s+(?:was|were|is|has been|had been)\s+(?:also\s+)?asked\b/.test(this.text.slice(n.mention.end, to)),
    );
    if (askedOne) return toSpeaker(askedOne.entity);
    if (people.length > 0) {
      const best = people.reduce((a, b) => (b.entity.mentions.length > a.entity.mentions.length ? b : a));
      return toSpeaker(best.entity);
    }
    // "Veltrix has denied any wrongdoing. “…”": an organisation that opens the sentence and speaks in it.
    const body = this.#named.find(
      (n) =>
        n.mention.start >= from &&
        n.mention.end <= to &&
        n.entity.type === 'organization' &&
        this.#opensSentence(n.mention) &&
        SPEAKS_NEXT.test(this.text.slice(n.mention.end, to)),
    );
    if (body) return toSpeaker(body.entity);
    const pronoun = /\b(he|she)\b/i.exec(sentence);
    return pronoun ? (this.#pronoun(pronoun[1]!, from + pronoun.index) ?? undefined) : undefined;
  }

  /**
   * Who issued "the statement" (letter, report…) that `phrase` names: the
   * subject of the sentence that brought it in, within the last few paragraphs
   * ("The company denied it in a statement.", "Veltrix issued a statement").
   */
  #issuer(writing: string, before: number, phrase: string): Speaker | null {
    const from = Math.max(0, before - 2000);
    const window = this.text.slice(from, before);
    const pattern = new RegExp(`\\b(?:a|an|its|their|his|her)\\s+(?:[\\p{L}\\d-]+\\s+)?${writing}s?\\b`, 'giu');
    // Not a mention inside a quotation ("her tumblr statements"): the writer's own words bring it in.
    const intro = [...window.matchAll(pattern)]
      .filter((m) => !this.#quoted({ start: from + m.index, end: from + m.index + 1 }))
      .at(-1);
    // "The Audit Office urged … It said … The report said:": with no report brought in, the organisation that
    // last opened a sentence issued it.
    if (!intro) {
      // Not "the report from the meeting": a writing whose phrase names its source is nobody's here.
      if (new RegExp(`\\b${writing}s?\\s+(?:from|of|on|by)\\b`, 'i').test(phrase)) return null;
      const subject = [...this.#named]
        .reverse()
        .find(
          (n) =>
            n.mention.end <= before &&
            before - n.mention.start < 600 &&
            n.entity.type === 'organization' &&
            this.#opensSentence(n.mention) &&
            !/^\s+and\s/.test(this.text.slice(n.mention.end)) &&
            !this.#quoted(n.mention),
        );
      return subject ? toSpeaker(subject.entity) : null;
    }
    const at = from + intro.index;
    // "according to a report from Acme": the phrase that brought the writing in names its source.
    const source = this.#writingSource(at);
    if (source) return toSpeaker(source.entity);
    const boundary = lastMatch(this.text.slice(from, at), SENTENCE_END);
    const sentence = boundary ? from + boundary.index + boundary[0].length : paragraphStartOf(this.text, at);
    const subject = this.#named.find(
      (n) => n.mention.start >= sentence && n.mention.end <= at && !this.#quoted(n.mention),
    );
    if (subject) return toSpeaker(subject.entity);
    const lead = this.text.slice(sentence, at);
    return /^\W*the\s/i.test(lead) ? this.#role(lead.replace(/^\W*/, '') + ' said', sentence, false) : null;
  }

  /** "a report from Acme", "the letter by the council": the source a writing's phrase starting at `at` names. */
  #writingSource(at: number): Named | undefined {
    const phrase = /^(?:the|a|an)\s+(?:[\p{L}\d-]+\s+){0,2}?(\p{Ll}+)\s+(?:from|by|of)\s+(?:the\s+)?/u.exec(
      this.text.slice(at, at + 80),
    );
    if (!phrase || !WRITINGS.has(phrase[1]!)) return undefined;
    const hit = this.#named.find((n) => n.mention.start === at + phrase[0].length);
    return hit?.entity.type === 'organization' || hit?.entity.type === 'person' ? hit : undefined;
  }

  /** A name starting right at `at`, after at most a title or a few words of role ("Mayor", "her mother,"). */
  #nameAt(at: number): Named | undefined {
    return this.#named.find(
      (n) => n.mention.start >= at && n.mention.start <= at + 30 && NAME_GAP.test(this.text.slice(at, n.mention.start)),
    );
  }

  /**
   * `," explains the Harbour Team Leader Jane Doe`: the organisation is her title, she speaks;
   * `," says Acme's engineer Jane Doe`: whoever owns the title does not.
   */
  #titledBy(hit: Named): Named {
    const owner = hit.entity.type === 'organization' || /^['’]s\s/.test(this.text.slice(hit.mention.end));
    return (owner ? this.#personAfter(hit.mention.end) : undefined) ?? hit;
  }

  /** A person named right after an organisation and at most a title ("Team Leader"). */
  #personAfter(end: number): Named | undefined {
    const next = this.#named.find((n) => n.mention.start >= end);
    if (next?.entity.type !== 'person') return undefined;
    const gap = this.text.slice(end, next.mention.start);
    // "Harbour Team Leader Jane Doe", "Acme chief executive Jane Doe": a title, capitalised or not.
    return /^['’]?s?\s*(?:[\p{L}-]+,?\s+){0,3}$/u.test(gap) &&
      !/\b(?:and|or|of|to|in|on|for|with|by|the|a|an)\s/i.test(gap)
      ? next
      : undefined;
  }

  /**
   * "Jane Doe of Acme described it as …", `," Jane Doe, an analyst at Acme told …`: the name after
   * "of" or "at" says where the speaker works, the person before it (right before, or `first` with an
   * appositive between) speaks.
   */
  #employee(named: Named, first?: Named): Named {
    const person = [...this.#named]
      .reverse()
      .find((n) => n.mention.end <= named.mention.start && n.entity.type === 'person');
    const gap = person ? this.text.slice(person.mention.end, named.mention.start) : '';
    if (person && /^,?\s+(?:of|at|from)\s+(?:the\s+)?$/i.test(gap)) return person;
    const apposed =
      first !== undefined &&
      first !== named &&
      first.entity.type === 'person' &&
      /^,[^.;,“”"]{1,80}\b(?:of|at|from|for)\s+(?:the\s+)?$/i.test(
        this.text.slice(first.mention.end, named.mention.start),
      );
    return apposed ? first : named;
  }

  /** The person or organisation a written surname or name names. */
  #bySurname(written: string): Entity | undefined {
    return this.#named.find((n) => n.entity.type === 'person' && n.entity.name.split(/\s+/).at(-1) === written)?.entity;
  }

  #byName(written: string): Entity | undefined {
    return this.#named.find((n) => n.entity.name === written || n.entity.aliases.includes(written))?.entity;
  }

  /** "the minister", "the harbour department": the person or organisation named last; "an official": nobody named. */
  #role(phrase: string, before: number, issuers = true): Speaker | null {
    const role = ROLE_PHRASE.exec(phrase);
    if (!role) return null;
    // "the council's spokesperson": the owner's word counts as the role's.
    const words = role[2]!
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/['’]s$/, ''));
    // "the statement read": a document speaks for whoever issued it.
    const writing = WRITINGS.has(words.at(-1)!) ? words.at(-1) : undefined; // "the report", not "the story actress"
    if (writing) return issuers ? this.#issuer(writing, before, phrase) : null;
    // "the club's coach" is a person: an owner's word is the role's only when the role is an owner's too.
    const ownerOnly = /['’]s\s/.test(role[2]!) && !ORG_ROLES.has(words.at(-1)!);
    const roles = ownerOnly ? [] : words.filter((w) => ORG_ROLES.has(w));
    const earlier = [...this.#named].reverse().filter((n) => n.mention.end <= before);
    if (roles.length === 0) {
      const people = earlier.filter((n) => n.entity.type === 'person');
      // "the presenter said" after "presenter Jane Doe" or "Jane Doe, the show's presenter,": whoever had that role.
      const holder = people.find((n) => this.#holdsRole(n.entity, words.at(-1)!, before));
      if (holder) return toSpeaker(holder.entity);
      if (this.#unnamedRole(words.at(-1)!, before)) return null;
      // "the judges said", "wrote the organisers": a group of people, no one of them named.
      if (isPeoplePlural(role[2]!.trim().split(/\s+/).at(-1)!)) return null;
      // "the victim's mother", "the driver's brother": someone the article knows only by whose they are.
      if (ownerOnly && !ORG_ROLES.has(words.at(-2) ?? '') && PERSON_NOUN.test(words.at(-1)!)) return null;
      // "the 21-year-old", "the actor": the person named last, not someone spoken to ("talking to X")
      // nor one named in passing ("Bush's re-election"); an office ("the French president") is whoever
      // was named last, spoken to or not.
      const office = words.some((w) => TITLE_WORDS.has(w));
      const person =
        (office
          ? people.find((n) => !/^['’]s\b/.test(this.text.slice(n.mention.end)))
          : people.find((n) => !this.#isObject(n.mention))) ?? people[0];
      return person ? toSpeaker(person.entity) : null;
    }
    // "the department" is the organisation whose name says so; "the company", the organisation named last.
    const orgs = earlier.filter((n) => n.entity.type === 'organization');
    const institutional = roles.filter((r) => !BUSINESS_ROLES.has(r));
    // "the executive spokesman": the organisation whose name has a word of the phrase ("the Scottish Executive").
    const named = words.filter((w) => w.length >= 4 && !ORG_ROLES.has(w));
    const chosen =
      // "the group said" after "a consumer group, Acme Watch,": the organisation the article gave that role.
      orgs.find((n) => this.#holdsRole(n.entity, words.at(-1)!, before)) ??
      orgs.find((n) => institutional.some((r) => new RegExp(`\\b${r}\\b`, 'i').test(n.entity.name))) ??
      orgs.find((n) => named.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(n.entity.name))) ??
      orgs[0];
    return chosen ? toSpeaker(chosen.entity) : null;
  }

  /**
   * "A surveyor came by … “…,” the surveyor asked": a role the article brought in earlier
   * with "a" ("a surveyor from the registry") and never gave a name is nobody the list names.
   */
  #unnamedRole(role: string, before: number): boolean {
    if (role.length < 3 || !/^\p{Ll}+$/u.test(role) || TITLE_WORDS.has(role)) return false;
    let at = this.#unnamedRoleAt.get(role);
    if (at === undefined) {
      at = this.text.search(
        new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${role}\\b(?!,?\\s+\\p{Lu})`, 'u'),
      );
      this.#unnamedRoleAt.set(role, at);
    }
    return at >= 0 && at < before;
  }

  /**
   * Whether the article introduced `entity` with the role noun `role` before `before`: as a title
   * ("presenter Jane Doe", "Vice-Chair Jane Doe") or in an appositive ("Jane Doe, the show's presenter,").
   */
  #holdsRole(entity: Entity, role: string, before: number): boolean {
    return (this.#roleHolders(role).get(entity.id) ?? Infinity) < before;
  }

  /** For one role noun, where each entity is first introduced with it (computed once per role). */
  #roleHolders(role: string): Map<string, number> {
    const known = this.#holders.get(role);
    if (known) return known;
    const holders = new Map<string, number>();
    this.#holders.set(role, holders);
    if (role.length < 3 || !/^\p{Ll}/u.test(role)) return holders;
    // Many people share a nationality: "the Norwegian" is not whoever the article first called one.
    if (lookupCountry(role[0]!.toUpperCase() + role.slice(1))?.kind === 'demonym') return holders;
    // The role as written in running text or as a capitalised title ("Presenter", "Vice-Chair").
    const word = `[${role[0]!}${role[0]!.toUpperCase()}]${role.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    const title = new RegExp(`(?:^|[^\\p{L}-])${word}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}$`, 'u');
    const roleBefore = new RegExp(`(?<![\\p{L}-])${word},\\s+(?:the\\s+)?$`, 'u');
    const appositive = new RegExp(
      `^,\\s+(?:a|an|the|his|her|its|their)\\s+[^,.;:“”"]{0,60}?(?<![\\p{L}-])${word}\\b[^.;:“”"]{0,60}?[,.]`,
      'u',
    );
    for (const { mention: m, entity } of this.#named) {
      if (holders.has(entity.id)) continue;
      const lead = this.text.slice(Math.max(0, m.start - 40), m.start);
      if (title.test(lead) || roleBefore.test(lead) || appositive.test(this.text.slice(m.end, m.end + 140)))
        holders.set(entity.id, m.start);
    }
    return holders;
  }

  /**
   * "she said": whoever was quoted last if nobody of the pronoun's gender was
   * named since, else the person named last whose given name fits the
   * pronoun (or whose gender is unknown); "it said": the organisation named last.
   */
  #pronoun(pronoun: string, before: number): Speaker | null {
    const p = pronoun.toLowerCase();
    // People talked about inside a quotation are not who "she" said it.
    const named = [...this.#named].reverse().filter((n) => n.mention.end <= before && !this.#quoted(n.mention));
    if (p === 'it' || p === 'they' || p === 'we') {
      const org = named.find((n) => n.entity.type === 'organization');
      return org ? toSpeaker(org.entity) : null;
    }
    const unnamed = this.#unnamedSpeaker(before, named);
    if (unnamed !== undefined) return unnamed && toSpeaker(unnamed.entity);
    const wanted = p === 'she' ? 'female' : 'male';
    const genderOf = (e: { id?: string; entityId?: string; name: string }) =>
      this.#gender.get(e.id ?? e.entityId ?? '') ?? genderOfGivenName(e.name.split(/\s+/)[0]!);
    const people = named.filter((n) => n.entity.type === 'person');
    const fits = (e: { name: string }) => genderOf(e) !== (wanted === 'female' ? 'male' : 'female');
    const salient = this.#salient;
    // Someone reported as speaking without quotation marks ("…, said X, an analyst at Y.") since the last
    // quotation is who "he said" continues with, not a name inside the clause about them.
    const reported = people.find(
      (n) => n.mention.start > this.#lastQuoteEnd && fits(n.entity) && this.#reportedSpeaking(n.mention),
    );
    const introduced = this.#introducedSince(before, people, fits);
    if (introduced) return toSpeaker(introduced.entity);
    // "…, the warden said. “…,” he said": a role reported speaking since the last quotation, held by someone.
    const since = this.text.slice(this.#lastQuoteEnd, before);
    const roleSaid = lastMatch(
      since,
      /\bthe\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}[\p{L}'’-]+)\s+(?:said|says|told|added)\b/u,
    );
    const holder =
      roleSaid &&
      people.find(
        (n) => fits(n.entity) && this.#holdsRole(n.entity, roleSaid[1]!, this.#lastQuoteEnd + roleSaid.index),
      );
    if (holder && !people.some((n) => n.mention.start > this.#lastQuoteEnd + roleSaid!.index))
      return toSpeaker(holder.entity);
    const salientAt = salient ? people.find((n) => n.entity.id === salient.entityId)?.mention.start : undefined;
    // "Reyes explains: … Holm, the harbour master, spoke at the quay. “…,” he told the crowd": a later
    // sentence's subject, not the one reported before it.
    const laterSubject =
      reported &&
      people.find(
        (n) =>
          n.mention.start > reported.mention.end &&
          n.entity.id !== reported.entity.id &&
          genderOf(n.entity) === wanted &&
          this.#opensSentence(n.mention) &&
          !this.#isObject(n.mention),
      );
    if (laterSubject) return toSpeaker(laterSubject.entity);
    if (
      reported &&
      (salientAt === undefined || reported.mention.start > salientAt) &&
      !(salient && describesSomeoneSince(this.text, reported.mention.end, before))
    )
      return toSpeaker(reported.entity);
    if (salient?.type === 'person' && fits(salient)) {
      const lastSpoken = people.find((n) => n.entity.id === salient.entityId);
      const rival = lastSpoken
        ? people.some(
            (n) =>
              n.mention.start > lastSpoken.mention.start &&
              n.entity.id !== salient.entityId &&
              !this.#isObject(n.mention) &&
              !describesSomeoneSince(this.text, n.mention.end, before) &&
              (genderOf(n.entity) === wanted ||
                // A sentence opened by someone of unknown gender takes "he" from the last speaker only when
                // they are no less the article's subject (a profile's "she" stays with its subject).
                (fits(n.entity) &&
                  this.#opensSentence(n.mention) &&
                  n.entity.mentions.length >= this.#mentionCount(salient.entityId))),
          )
        : true;
      if (!rival) return salient;
    }
    const candidates = people.filter(
      (n) => (genderOf(n.entity) === wanted || genderOf(n.entity) === undefined) && !this.#isObject(n.mention),
    );
    // "Reyes credited Holm and Okafor … “…,” he said": the subject of the nearest sentence, not its object.
    const subjects = candidates.filter((n) => before - n.mention.start < 400 && this.#opensSentence(n.mention));
    const subject = subjects[0];
    const chosen = subject ?? candidates[0] ?? people[0];
    return chosen ? toSpeaker(chosen.entity) : null;
  }

  /**
   * "A spokeswoman for Acme said … “…,” she said", "a source close to the inquiry told a paper. “…,” he
   * said": someone unnamed reported speaking since the last quotation, with nobody named after them, is
   * who "she" is. A spokesperson speaks for their organisation; anyone else is nobody the list names.
   */
  #unnamedSpeaker(before: number, named: readonly Named[]): Named | null | undefined {
    const from = this.#lastQuoteEnd;
    const window = this.text.slice(from, before);
    const phrase = lastMatch(window, UNNAMED_REPORT);
    if (!phrase) return this.#unnamedPerson(before, named);
    const start = from + phrase.index;
    const end = start + phrase[0].length;
    if (named.some((n) => n.entity.type === 'person' && n.mention.start >= start)) return undefined;
    // "Okafor, a lawyer for the family, said": an appositive describes the one named, who speaks.
    if (
      phrase[0].startsWith(',') &&
      named.some((n) => n.mention.end <= start && /^[\s\p{L}.'’-]{0,3}$/u.test(this.text.slice(n.mention.end, start)))
    )
      return undefined;
    // "A statement from Acme said": a writing speaks for its issuer, not for someone unnamed.
    if (phrase[0].split(/\s+/).some((w) => WRITINGS.has(w.toLowerCase()))) return undefined;
    if (!/spokes(?:wo)?(?:man|person)$/i.test(phrase[1]!)) return null;
    // "an Acme spokeswoman", "a spokeswoman for Acme".
    const owner = named.find(
      (n) =>
        n.mention.start >= start &&
        n.mention.end <= end &&
        (n.mention.end <= start + phrase[0].indexOf(phrase[1]!) + phrase[1]!.length ||
          /\b(?:for|of|at)\s+(?:the\s+)?$/i.test(this.text.slice(start, n.mention.start))),
    );
    if (owner?.entity.type === 'organization') return owner;
    // "a spokesman for the ministry", "a company spokesman": the organisation the role noun picks out.
    const role = /\b(?:for|of|at)\s+the\s+(\p{Ll}+)\b|\b(\p{Ll}+)\s+spokes(?:wo)?(?:man|person)\b/u
      .exec(phrase[0])
      ?.slice(1)
      .find(Boolean);
    const body = role && ORG_ROLES.has(role) ? this.#role(`the ${role} said`, start) : null;
    return (body && named.find((n) => n.entity.id === body.entityId)) ?? null;
  }

  /**
   * "Minutes later, a worker at the gate raises the alarm. “…,” he says": someone unnamed ("a worker",
   * "a witness") opening the sentence just before the quotation, with nobody named since, is who
   * "he" is, and nobody the list names.
   */
  #unnamedPerson(before: number, named: readonly Named[]): null | undefined {
    const paragraph = paragraphStartOf(this.text, before);
    const from = Math.max(this.#lastQuoteEnd, paragraphStartOf(this.text, Math.max(0, paragraph - 2)));
    const window = this.text.slice(from, before);
    const subject = lastMatch(window, UNNAMED_PERSON);
    if (!subject) return undefined;
    const start = from + subject.index;
    // Only the last sentence before the quotation, and nobody named after it.
    if (/[.!?]["”’]?\s+\p{Lu}/u.test(this.text.slice(start + subject[0].length, before).replace(/[.!?]["”’]?\s*$/, '')))
      return undefined;
    return named.some((n) => n.mention.start >= start) ? undefined : null;
  }

  /**
   * "…,” Reyes said. The claims were put to Holm after the game. He said:
   * “…”": a sentence since the last quotation about one person alone (not
   * by a possessive, with no "he" or "she" of its own) introduces whom the
   * next pronoun means, whatever their part in it.
   */
  #introducedSince(before: number, people: readonly Named[], fits: (e: Entity) => boolean): Named | undefined {
    const paragraph = paragraphStartOf(this.text, before);
    const lead = this.text.slice(paragraph, before);
    // Only a pronoun opening its sentence, with nothing in between.
    if (!/(?:^|[.!?]["”’]?\s+)\W*(?:\p{L}+\s+){0,3}$/u.test(lead)) return undefined;
    const end = lastMatch(lead, SENTENCE_END);
    if (/["“”]/.test(lead.slice(end ? end.index + end[0].length : 0))) return undefined;
    const previousEnd = end ? paragraph + end.index : paragraph - 1;
    const quoteEnd = this.#lastQuoteEnd + 1; // past the closing mark
    const fromText = this.text.slice(quoteEnd, Math.max(quoteEnd, previousEnd));
    const last = lastMatch(fromText.slice(0, -1), SENTENCE_END);
    const from = quoteEnd + (last ? last.index + last[0].length : 0);
    const sentence = this.text.slice(from, previousEnd + 1);
    if (/["“”]|\b(?:he|she|his|her)\b/i.test(sentence)) return undefined;
    const inIt = people.filter(
      (n) =>
        n.mention.start >= from && n.mention.end <= previousEnd + 1 && !/^['’]s\b/.test(this.text.slice(n.mention.end)),
    );
    const ids = new Set(inIt.map((n) => n.entity.id));
    return ids.size === 1 && fits(inIt[0]!.entity) ? inIt[0] : undefined;
  }

  /** "In 2019, Reyes, then in his 30s, …", "…, but Reyes drew": the name is a clause's subject, whom "he" will mean. */
  #opensSentence(mention: { start: number; end: number }): boolean {
    const from = Math.max(0, mention.start - 40);
    const lead = this.text.slice(from, mention.start);
    // A live blog's time ("09.20 Jane Doe, the harbour master, said") opens its entry like a sentence's first word.
    const opening =
      /(?:^|[.!?]["”’]?\s+|\n|[,;]\s+(?:but|yet|while|whereas)\s+)((?:[\p{L}\d]+(?:[.:]\d+)?[\s,]+){0,4})$/u.exec(lead);
    if (!opening || /^['’]s\b/.test(this.text.slice(mention.end))) return false;
    // "Okafor has now outplayed Reyes": a name after the sentence's first name is not its subject.
    const start = from + opening.index + opening[0].length - opening[1]!.length;
    return !this.#named.some((n) => n.mention.start >= start && n.mention.start < mention.start);
  }

  /** "Reyes told Holm", "a call with Holm": spoken to or about, not speaking ("according to" names a source). */
  #isObject(mention: { start: number }): boolean {
    const before = this.text.slice(Math.max(0, mention.start - 60), mention.start);
    const spokenTo = (head: string) => OBJECT_LEAD.test(head.slice(-16)) && !/\baccording to\s+$/i.test(head);
    if (spokenTo(before)) return true;
    // "talking to Acme sporting director Jane Doe": a title of a few words may stand between.
    const title = /\b([\p{L}-]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
    if (!title || !TITLE_WORDS.has(title)) return false;
    const words = before.split(/(?<=\s)(?=\S)/);
    for (let cut = 1; cut <= 4 && cut < words.length; cut++) {
      if (!/^[\p{L}'’-]+\s+$/u.test(words.at(-cut)!)) return false; // the title ends at punctuation
      if (spokenTo(words.slice(0, -cut).join(''))) return true;
    }
    return false;
  }

  #mentionCount(entityId: string): number {
    return this.#named.find((n) => n.entity.id === entityId)?.entity.mentions.length ?? 0;
  }

  #quoted(mention: { start: number; end: number }): boolean {
    // Spans are in text order and do not overlap: the last one starting at or before the mention is the only candidate.
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start <= mention.start) lo = mid + 1;
      else hi = mid - 1;
    }
    const q = this.spans[hi];
    return q !== undefined && mention.end <= q.end;
  }

  /** Whether a name is the subject or the inverted subject of a speech verb: "X said", "X, a …, said", "said X". */
  #reportedSpeaking(mention: { start: number; end: number }): boolean {
    const after = this.text.slice(mention.end, mention.end + 100);
    const before = this.text.slice(Math.max(0, mention.start - 20), mention.start);
    // An inverted subject closes its clause ("said X, who …"); "said X's …" is about X, not by X.
    return (
      REPORTED_AFTER.test(after) ||
      (REPORTED_AFTER_APPOSED.test(after) && /,\s*$/.test(before)) ||
      (REPORTED_BEFORE.test(before) && /^[,.;]/.test(after))
    );
  }

  /**
   * The quotation's sentence around it, without the content of other
   * quotations: from the sentence's start (or the previous quotation's end)
   * to its end (or the next quotation's start).
   */
  #context(index: number): Context {
    const { text, spans } = this;
    const span = spans[index]!;
    const paragraph = paragraphStartOf(text, span.start);
    let paragraphEnd = text.indexOf('\n', span.end);
    if (paragraphEnd < 0) paragraphEnd = text.length;
    const prevEnd = index > 0 && spans[index - 1]!.end >= paragraph ? spans[index - 1]!.end + 1 : paragraph;
    const nextStart =
      index + 1 < spans.length && spans[index + 1]!.start <= paragraphEnd ? spans[index + 1]!.start - 1 : paragraphEnd;
    const sentenceBreak = lastMatch(text.slice(prevEnd, span.start - 1), SENTENCE_END);
    const beforeStart = sentenceBreak ? prevEnd + sentenceBreak.index + sentenceBreak[0].length : prevEnd;
    const afterStart = Math.min(span.end + 1, nextStart);
    // `…sooner the better." The correspondent in the capital, Jane Doe, told …`: a quotation closed by a full stop
    // ends its sentence; the next one attributes it only when it opens with its speaker and verb.
    let afterText = text.slice(afterStart, nextStart);
    if (/\.$/.test(text.slice(span.start, span.end)) && endsSentence(text, span) && !OPENS_WITH_SPEECH.test(afterText))
      afterText = '';
    const end = afterText.search(SENTENCE_END);
    return {
      before: text.slice(beforeStart, Math.max(beforeStart, span.start - 1)),
      beforeStart,
      // `…“a stalking horse” to attract bids, but Okafor explained: “…”`: a colon introduces this quotation.
      afterQuote:
        index > 0 &&
        beforeStart === prevEnd &&
        prevEnd !== paragraph &&
        !endsSentence(text, spans[index - 1]!) &&
        !INTRODUCES.test(text.slice(beforeStart, span.start - 1)),
      after: end >= 0 ? afterText.slice(0, end + 1) : afterText,
      afterStart,
    };
  }
}

/**
 * "Baker said", "Mason told": a person's surname that is also an ordinary word
 * is not marked as a name by the entity list, but it names them all the same.
 * Capitalised, outside any other mention, it counts as one of theirs here.
 */
function surnamesOnly(text: string, speakers: readonly Entity[]): Named[] {
  const marked = speakers.flatMap((e) => e.mentions);
  const out: Named[] = [];
  for (const entity of speakers) {
    const words = entity.name.split(/\s+/);
    const surname = words.at(-1)!;
    if (entity.type !== 'person' || words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(surname)) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])${surname}(?![\\p{L}-])`, 'gu'))) {
      const start = m.index;
      const end = start + surname.length;
      if (marked.some((x) => x.start < end && start < x.end)) continue;
      out.push({ mention: { start, end, text: surname }, entity });
    }
  }
  return out;
}

/**
 * A quotation repeated later (a headline's quote, a caption's) is the same
 * person's words: an unattributed one takes the speaker of its attributed twin.
 */
function repeatedQuotes(quotes: Quote[]): Quote[] {
  // Each quotation's words, normalised once: comparing every pair is quadratic in the quotations already.
  const keys = quotes.map((q) =>
    q.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
  return quotes.map((q, i) => {
    if (q.speaker || keys[i]!.length < 6) return q;
    // An attributed quotation whose words include this one's.
    const twin = quotes.find((o, j) => j !== i && o.speaker && keys[j]!.includes(keys[i]!));
    return twin ? { ...q, speaker: twin.speaker } : q;
  });
}

/**
 * "Jane Doe / Wirepress - Agency": a short line with no sentence in it is a
 * photo credit or a label; nobody named there speaks or is "he" or "she".
 */
function isCreditLine(text: string, at: number): boolean {
  const start = paragraphStartOf(text, at);
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).trim();
  return /\s\/\s|\/\p{Lu}|^(?:Photo|Credit|Image)\b/u.test(line) && !/[.!?:;"”]$/.test(line);
}

/** The role phrase starting at `at`, up to a preposition that begins its complement ("the director behind X"). */
function phraseAt(text: string, at: number): string {
  const phrase = /^[^.,;:!?\n]{0,60}/.exec(text.slice(at))![0];
  return phrase.replace(/\s+(?:behind|of|for|at|in|with|from|on|about|who|whose)\s.*$/i, '');
}

/** "judges", "organisers", "analysts": the plural of a word for people (not "has", "always" or "Rangers"). */
function isPeoplePlural(word: string): boolean {
  if (!/^\p{Ll}[\p{L}-]*s$/u.test(word)) return false;
  const one = word.slice(0, -1);
  return /(?:er|or|ist|yst|ian|ant|ent)s$/.test(word) || PERSON_NOUN.test(one) || TITLE_WORDS.has(one);
}

function toSpeaker(entity: Entity): Speaker {
  return { entityId: entity.id, name: entity.name, type: entity.type };
}

/** A short quotation inside a sentence of reported speech: `it was “distressing” not to`. */
function isPartial(text: string, span: QuotedSpan): boolean {
  return span.end - span.start < 120 && !/[.!?,]$/.test(text.slice(span.start, span.end));
}

/** Whole sentences of speech, or a long enough run of words, are quotations even unattributed. */
function looksLikeSpeech(text: string, span: QuotedSpan): boolean {
  const quoted = text.slice(span.start, span.end);
  const words = quoted.split(/\s+/).filter(Boolean);
  // "Harbour Format of Talks": a name in quotation marks, its long words capitalised.
  const long = words.filter((w) => w.length > 3);
  const titleCase = long.length > 1 && long.every((w) => !/^\p{Ll}/u.test(w));
  if (titleCase) return false;
  // A subheading that is only a quotation ("3. “Not the official channel”") quotes someone.
  const alone =
    words.length >= 2 &&
    /^\s*(?:\d+[.)]\s*)?["“‘']?$/.test(text.slice(paragraphStartOf(text, span.start), span.start)) &&
    /^["”’']?[.!?]?\s*$/.test(text.slice(span.end, lineEnd(text, span.end)));
  return alone || words.length >= 6 || (words.length >= 3 && /[.!?,]$/.test(quoted));
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** `“… the tide.” Okafor left`: the previous quotation closed its own sentence; a new one starts after it. */
function endsSentence(text: string, previous: QuotedSpan): boolean {
  return /[.!?]$/.test(text.slice(previous.start, previous.end)) && /^["”’]?\s+\p{Lu}/u.test(text.slice(previous.end));
}

function lastIndexOf(s: string, pattern: RegExp): number {
  return lastMatch(s, pattern)?.index ?? -1;
}

function lastMatch(s: string, pattern: RegExp): RegExpExecArray | undefined {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  let last: RegExpExecArray | undefined;
  for (const m of s.matchAll(global)) last = m as RegExpExecArray;
  return last;
}
