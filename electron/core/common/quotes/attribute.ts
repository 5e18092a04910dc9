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
import type { QuotedSpan } from './quotation-marks.ts';
import type { Quote, Speaker } from './types.ts';

const VERBS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'asked',
  'asks',
  'explained',
  'explains',
  'noted',
  'notes',
  'wrote',
  'writes',
  'argued',
  'argues',
  'insisted',
  'insists',
  'stated',
  'states',
  'declared',
  'declares',
  'continued',
  'continues',
  'recalled',
  'recalls',
  'warned',
  'warns',
  'replied',
  'replies',
  'responded',
  'responds',
  'acknowledged',
  'acknowledges',
  'admitted',
  'admits',
  'conceded',
  'concedes',
  'claimed',
  'claims',
  'suggested',
  'suggests',
  'called',
  'calls',
  'described',
  'describes',
  'vowed',
  'vows',
  'promised',
  'promises',
  'urged',
  'urges',
  'testified',
  'tweeted',
  'posted',
  'announced',
  'announces',
  'cautioned',
  'complained',
  'complains',
  'predicted',
  'predicts',
  'observed',
  'remarked',
  'emphasized',
  'emphasised',
  'stressed',
  'countered',
  'recounted',
  'maintained',
  'maintains',
  'concluded',
  'agreed',
  'agrees',
  'mused',
  'joked',
  'shouted',
  'whispered',
  'rebutted',
  'denied',
  'denies',
  'criticized',
  'criticised',
  'praised',
  'accused',
  'accuses',
  'reiterated',
  'reiterates',
  'welcomed',
  'condemned',
  'instructed',
  'exclaimed',
  'answered',
  'boasted',
  'confirmed',
  'confirms',
  'demanded',
  'estimated',
  'lamented',
  'objected',
  'pleaded',
  'protested',
  'reasoned',
  'repeated',
  'reported',
  'quipped',
  'retorted',
  'wondered',
  'echoed',
  'cried',
  'yelled',
  'begged',
  'advised',
  'advises',
  'pointed out',
  'put it',
  'summed up',
].join('|');
/** A speech verb as a word of its own: "so-called" calls nobody. */
const SPEECH_VERB = new RegExp(`(?<![\\w-])(?:${VERBS})\\b`, 'iu');
const VERB_FIRST = new RegExp(`^[\\s,—–-]*(?:${VERBS})\\s+`, 'iu');
const PRONOUN_VERB = new RegExp(`^[\\s,—–-]*(he|she|they|it|we)\\s+(?:\\w+\\s+)?(?:${VERBS})\\b`, 'iu');
const REPORTED_AFTER = new RegExp(`^(?:,[^,“”"\n]{1,80},)?\\s+(?:${VERBS})\\b`, 'iu');
const REPORTED_BEFORE = new RegExp(`(?<![\\w-])(?:${VERBS})\\s+$`, 'iu');
const ROLE_VERB = new RegExp(`^[\\s,—–-]*((?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){1,5}?)(?:${VERBS})\\b`, 'iu');
/** What may stand between the closing mark or a verb and a name: a title, a role ("her mother, "). */
const NAME_GAP = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Gen|Col|Lt|Sgt|Capt)\.?\s+|[\p{L}'’-]+,?\s+){0,4}$/u;
/** A sentence ends at a full stop, but not an initial's or a title's ("U.N. General", "Mr. Smith"). */
const SENTENCE_END = /(?<!\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr|No|vs))[.!?]["”’]?\s+(?=\p{Lu}|["“]|$)/u;
const ORG_ROLES = new Set([
  'company',
  'firm',
  'ministry',
  'agency',
  'department',
  'group',
  'party',
  'government',
  'organization',
  'organisation',
  'university',
  'court',
  'council',
  'committee',
  'commission',
  'bank',
  'office',
  'police',
  'army',
  'service',
  'authority',
  'administration',
  'campaign',
  'spokesperson',
]);

interface Named {
  mention: Mention;
  entity: Entity;
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
  return new Attribution(text, spans, entities).run();
}

class Attribution {
  readonly #named: Named[];
  /** The speaker quoted last: who "he" or "she" most likely is, until someone else is named. */
  #salient: Speaker | null = null;

  constructor(
    private readonly text: string,
    private readonly spans: readonly QuotedSpan[],
    entities: readonly Entity[],
  ) {
    this.#named = entities
      .filter((e) => e.type === 'person' || e.type === 'organization')
      .flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })))
      .filter((n) => !isCreditLine(text, n.mention.start))
      .sort((a, b) => a.mention.start - b.mention.start);
  }

  run(): Quote[] {
    const quotes: Quote[] = [];
    let previous: { quote: Quote; paragraph: number } | undefined;
    this.spans.forEach((span, index) => {
      const ctx = this.#context(index);
      const paragraph = paragraphStartOf(this.text, span.start);
      this.#salient = previous?.quote.speaker ?? null;
      let speaker = this.#inSentence(span, ctx);
      if (speaker === undefined && previous?.quote.speaker) speaker = this.#continued(previous, paragraph, span);
      if (speaker === undefined && !looksLikeSpeech(this.text, span)) return; // a scare quote or a title
      const quote: Quote = {
        start: span.start,
        end: span.end,
        text: this.text.slice(span.start, span.end),
        speaker: speaker ?? null,
      };
      quotes.push(quote);
      previous = { quote, paragraph };
    });
    return repeatedQuotes(quotes);
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
   * The speaker the quotation's own sentence names: `null` when it attributes
   * the words to someone the entity list does not name ("an official said"),
   * `undefined` when it attributes them to nobody.
   */
  #inSentence(span: QuotedSpan, ctx: Context): Speaker | null | undefined {
    const after = this.#after(span, ctx);
    return after !== undefined ? after : this.#before(span, ctx);
  }

  /**
   * `," said Okafor`, `," Okafor said`, `," she said`, `," the minister said`, `" to stay, Okafor said`,
   * `" by the ministry`, `" …, according to the ministry`.
   */
  #after(span: QuotedSpan, ctx: Context): Speaker | null | undefined {
    const { text } = this;
    const inverted = VERB_FIRST.exec(ctx.after);
    if (inverted) {
      const at = ctx.afterStart + inverted[0].length;
      const hit = this.#named.find(
        (n) => n.mention.start >= at && n.mention.start <= at + 30 && NAME_GAP.test(text.slice(at, n.mention.start)),
      );
      if (hit) return toSpeaker(hit.entity);
      const pronoun = /^(he|she|they|it|we)\b/i.exec(text.slice(at, at + 5));
      if (pronoun) return this.#pronoun(pronoun[1]!, span.start);
      return /^(?:the|a|an)\s/i.test(text.slice(at, at + 4)) ? this.#role(text.slice(at, at + 60), span.start) : null;
    }
    const pronoun = PRONOUN_VERB.exec(ctx.after);
    if (pronoun) return this.#pronoun(pronoun[1]!, span.start);
    // The name nearest the verb: "White House press secretary Jane Doe told reporters" is Jane Doe;
    // "Jane Doe, a fellow at the Institute, said" has an appositive between.
    const verb = ctx.after.search(SPEECH_VERB);
    if (verb >= 0) {
      const verbAt = ctx.afterStart + verb;
      const names = this.#named.filter((n) => n.mention.start >= ctx.afterStart && n.mention.end <= verbAt);
      const last = names.at(-1);
      if (last && /^(?:\s*|,[^,]*,\s*|\s+\w+\s*)$/.test(text.slice(last.mention.end, verbAt)))
        return toSpeaker(last.entity);
      const lead = names[0];
      if (lead && /^[\s,—–-]*(?:[\p{L}'’-]+,?\s+){0,5}$/u.test(text.slice(ctx.afterStart, lead.mention.start))) {
        const tail = text.slice(lead.mention.end, verbAt);
        if (/^(?:,[^,]*)?,?\s*$/.test(tail)) return toSpeaker(lead.entity);
      }
      // A name the entity list found elsewhere but not here ("…,”Kaplan says"): match it by its words.
      const written = /(\p{Lu}[\p{L}'’-]+)[\s,]*$/u.exec(text.slice(ctx.afterStart, verbAt))?.[1];
      const known = written ? this.#byName(written) : undefined;
      if (known) return toSpeaker(known);
      const role = ROLE_VERB.exec(ctx.after);
      if (role) return this.#role(role[0], span.start);
    }
    // `"…" are thought to contribute, according to the Department of X.`
    const according = /(?:^|[\s,—–-])according to\s+/i.exec(ctx.after);
    if (according) {
      const at = ctx.afterStart + according.index + according[0].length;
      const hit = this.#named.find(
        (n) => n.mention.start >= at && n.mention.start <= at + 30 && NAME_GAP.test(text.slice(at, n.mention.start)),
      );
      if (hit) return toSpeaker(hit.entity);
      if (/^the\s/i.test(text.slice(at, at + 4))) return this.#role(text.slice(at, at + 60) + ' said', span.start);
    }
    const agent = /^\s*by\s+/i.exec(ctx.after);
    if (agent) {
      const at = ctx.afterStart + agent[0].length;
      const hit = this.#named.find((n) => n.mention.start >= at && n.mention.start <= at + 4);
      if (hit) return toSpeaker(hit.entity);
      if (/^the\s/i.test(text.slice(at, at + 4))) return this.#role(text.slice(at, at + 60) + ' said', span.start);
    }
    return undefined;
  }

  /** `Okafor said: "…"`, `according to Okafor, "…"`, `Okafor called it "…"`, `He would speak "…"`. */
  #before(span: QuotedSpan, ctx: Context): Speaker | null | undefined {
    const { text } = this;
    // `"…," said Okafor, a founder of X. "…"`: the words between belong to the first quotation.
    if (ctx.afterQuote) return undefined;
    const inSentence = this.#named.filter((n) => n.mention.start >= ctx.beforeStart && n.mention.end <= span.start);
    if (/according to\s*[^,]*,?\s*$/i.test(ctx.before) && inSentence.length > 0) {
      const after = inSentence.filter((n) => n.mention.start > ctx.beforeStart + ctx.before.search(/according to/i));
      if (after.length > 0) return toSpeaker(after[0]!.entity);
    }
    const verb = lastIndexOf(ctx.before, SPEECH_VERB);
    if (verb >= 0) {
      // The subject of the speech verb: the last name before it, or a pronoun right before it.
      const head = ctx.before.slice(0, verb);
      const subjects = inSentence.filter((n) => n.mention.end <= ctx.beforeStart + verb);
      const pronoun = /\b(he|she|they|it|we)\s+(?:\w+\s+){0,2}$/i.exec(head);
      const lastNamed = subjects.at(-1);
      if (pronoun && (!lastNamed || ctx.beforeStart + pronoun.index > lastNamed.mention.end)) {
        return this.#pronoun(pronoun[1]!, ctx.beforeStart + pronoun.index);
      }
      // "Jane Doe, leader of the X party and Y's rival, described it as …": the subject opens the
      // sentence and an appositive follows it; otherwise the name nearest the verb.
      const opening = subjects[0];
      const leads =
        opening &&
        /^\W*(?:(?:But|And|Yet|Still|Meanwhile|Later)\s+)?$/.test(text.slice(ctx.beforeStart, opening.mention.start));
      if (opening && leads && text.startsWith(',', opening.mention.end)) return toSpeaker(opening.entity);
      if (lastNamed) return toSpeaker(lastNamed.entity);
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
      const subject = this.#named.find(
        (n) => n.mention.start >= from && n.mention.end <= ctx.beforeStart && n.entity.type === 'person',
      );
      if (subject && !/["“”]/.test(text.slice(subject.mention.end, ctx.beforeStart))) return toSpeaker(subject.entity);
    }
    // A paragraph that is only a quotation, after one about a person, quotes that person.
    const paragraph = paragraphStartOf(text, span.start);
    if (ctx.before.trim() === '' && ctx.beforeStart === paragraph && paragraph > 0 && !isPartial(text, span)) {
      const previous = paragraphStartOf(text, paragraph - 2);
      const lastSentence = lastMatch(text.slice(previous, paragraph - 1), SENTENCE_END);
      const from = previous + (lastSentence ? lastSentence.index + lastSentence[0].length : 0);
      const subject = this.#named.find(
        (n) => n.mention.start >= from && n.mention.end < paragraph && n.entity.type === 'person',
      );
      if (subject && !/["“”]/.test(text.slice(from, paragraph))) return toSpeaker(subject.entity);
    }
    // A partial quotation in a sentence about someone: "He would speak “bluntly”".
    if (isPartial(text, span)) {
      const pronoun = /^\s*(he|she)\b/i.exec(ctx.before);
      if (pronoun) return this.#pronoun(pronoun[1]!, ctx.beforeStart) ?? undefined;
      const first = inSentence[0];
      if (first && first.mention.start - ctx.beforeStart < 40) return toSpeaker(first.entity);
    }
    return undefined;
  }

  /** The person or organisation a written name or surname names. */
  #byName(written: string): Entity | undefined {
    return this.#named.find((n) => n.entity.name === written || n.entity.aliases.includes(written))?.entity;
  }

  /** "the minister", "the conservation department": the person or organisation named last; "an official": nobody named. */
  #role(phrase: string, before: number): Speaker | null {
    const role = /\b(the)\s+((?:[\p{L}'’-]+\s+){0,5}?)(?:said|says|told|added|wrote|\w+ed)\b/iu.exec(phrase);
    if (!role) return null;
    const words = role[2]!.trim().toLowerCase().split(/\s+/);
    const wantsOrg = words.some((w) => ORG_ROLES.has(w));
    const last = [...this.#named]
      .reverse()
      .find(
        (n) => n.mention.end <= before && (wantsOrg ? n.entity.type === 'organization' : n.entity.type === 'person'),
      );
    return last ? toSpeaker(last.entity) : null;
  }

  /**
   * "she said": whoever was quoted last if nobody of the pronoun's gender was
   * named since, else the person named last whose given name fits the
   * pronoun (or whose gender is unknown); "it said": the organisation named last.
   */
  #pronoun(pronoun: string, before: number): Speaker | null {
    const p = pronoun.toLowerCase();
    const named = [...this.#named].reverse().filter((n) => n.mention.end <= before);
    if (p === 'it' || p === 'they' || p === 'we') {
      const org = named.find((n) => n.entity.type === 'organization');
      return org ? toSpeaker(org.entity) : null;
    }
    const wanted = p === 'she' ? 'female' : 'male';
    const genderOf = (e: { name: string }) => genderOfGivenName(e.name.split(/\s+/)[0]!);
    const people = named.filter((n) => n.entity.type === 'person');
    const fits = (e: { name: string }) => genderOf(e) !== (wanted === 'female' ? 'male' : 'female');
    const salient = this.#salient;
    // Someone reported as speaking without quotation marks ("…, said X, an analyst at Y.") since the last
    // quotation is who "he said" continues with, not a name inside the clause about them.
    const reported = people.find((n) => fits(n.entity) && this.#reportedSpeaking(n.mention));
    const salientAt = salient ? people.find((n) => n.entity.id === salient.entityId)?.mention.start : undefined;
    if (reported && (salientAt === undefined || reported.mention.start > salientAt)) return toSpeaker(reported.entity);
    if (salient?.type === 'person' && fits(salient)) {
      const lastSpoken = people.find((n) => n.entity.id === salient.entityId);
      const rival = lastSpoken
        ? people.some(
            (n) =>
              n.mention.start > lastSpoken.mention.start &&
              n.entity.id !== salient.entityId &&
              genderOf(n.entity) === wanted,
          )
        : true;
      if (!rival) return salient;
    }
    const chosen = people.find((n) => genderOf(n.entity) === wanted || genderOf(n.entity) === undefined) ?? people[0];
    return chosen ? toSpeaker(chosen.entity) : null;
  }

  /** Whether a name is the subject or the inverted subject of a speech verb: "X said", "X, a …, said", "said X". */
  #reportedSpeaking(mention: { start: number; end: number }): boolean {
    const after = this.text.slice(mention.end, mention.end + 100);
    const before = this.text.slice(Math.max(0, mention.start - 12), mention.start);
    // An inverted subject closes its clause ("said X, who …"); "said X's …" is about X, not by X.
    return REPORTED_AFTER.test(after) || (REPORTED_BEFORE.test(before) && /^[,.;]/.test(after));
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
    const afterText = text.slice(afterStart, nextStart);
    const end = afterText.search(SENTENCE_END);
    return {
      before: text.slice(beforeStart, Math.max(beforeStart, span.start - 1)),
      beforeStart,
      afterQuote: index > 0 && beforeStart === prevEnd && prevEnd !== paragraph,
      after: end >= 0 ? afterText.slice(0, end + 1) : afterText,
      afterStart,
    };
  }
}

/**
 * A quotation repeated later (a headline's quote, a caption's) is the same
 * person's words: an unattributed one takes the speaker of its attributed twin.
 */
function repeatedQuotes(quotes: Quote[]): Quote[] {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return quotes.map((q) => {
    if (q.speaker) return q;
    const twin = quotes.find(
      (o) => o !== q && o.speaker && key(o.text).includes(key(q.text)) && key(q.text).length >= 6,
    );
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
  // "Moscow Format of Consultations": a name in quotation marks, its long words capitalised.
  const long = words.filter((w) => w.length > 3);
  const titleCase = long.length > 1 && long.every((w) => !/^\p{Ll}/u.test(w));
  return !titleCase && (words.length >= 6 || (words.length >= 3 && /[.!?,]$/.test(quoted)));
}

function paragraphStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
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
