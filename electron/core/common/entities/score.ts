/**
 * Scores a predicted entity list against a gold list exactly as
 * `shared/gold/README.md` defines it: entity-level matching on any surface
 * form (case, punctuation, quotes and a trailing possessive ignored), each
 * gold entity matched at most once (an unmerged duplicate is a false
 * positive), predictions made only of neutral forms ignored, and
 * precision/recall/F1 per type and micro-averaged overall.
 */
import { ENTITY_TYPES } from '../../../shared/constants.ts';
import type { EntityType } from './types.ts';

export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface GoldFile {
  document: string;
  entities: GoldEntity[];
  neutral: string[];
}

/** What scoring needs from a prediction. */
export interface ScoredEntity {
  type: string;
  name: string;
  aliases: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export type TypeCounts = Record<EntityType, Counts>;

/** Case-insensitive, trailing possessive dropped, punctuation and quotes removed. */
export function normalizeSurface(s: string): string {
  return s
    .trim()
    .replace(/['’]s$/i, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const formsOf = (e: ScoredEntity | GoldEntity): Set<string> => new Set([e.name, ...e.aliases].map(normalizeSurface));

export const emptyCounts = (): TypeCounts =>
  Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as TypeCounts;

export interface DocumentMatch {
  counts: TypeCounts;
  falsePositives: ScoredEntity[];
  falseNegatives: GoldEntity[];
}

export function scoreDocument(predicted: readonly ScoredEntity[], gold: GoldFile): TypeCounts {
  return matchDocument(predicted, gold).counts;
}

/** The scoring, keeping which predictions and gold entities went unmatched. */
export function matchDocument(predicted: readonly ScoredEntity[], gold: GoldFile): DocumentMatch {
  const counts = emptyCounts();
  const falsePositives: ScoredEntity[] = [];
  const neutral = new Set(gold.neutral.map(normalizeSurface));
  const golds = gold.entities.map((g) => ({ g, forms: formsOf(g), matched: false }));
  for (const p of predicted) {
    if (!(ENTITY_TYPES as readonly string[]).includes(p.type)) continue;
    const type = p.type as EntityType;
    const forms = formsOf(p);
    if ([...forms].every((f) => neutral.has(f))) continue;
    const hit = golds.find((x) => !x.matched && x.g.type === type && [...forms].some((f) => x.forms.has(f)));
    if (hit) {
      hit.matched = true;
      counts[type].tp++;
    } else {
      counts[type].fp++;
      falsePositives.push(p);
    }
  }
  const falseNegatives = golds.filter((x) => !x.matched).map((x) => x.g);
  for (const g of falseNegatives) counts[g.type].fn++;
  return { counts, falsePositives, falseNegatives };
}

export function addCounts(into: TypeCounts, from: TypeCounts): void {
  for (const t of ENTITY_TYPES) {
    into[t].tp += from[t].tp;
    into[t].fp += from[t].fp;
    into[t].fn += from[t].fn;
  }
}

export function totalCounts(c: TypeCounts): Counts {
  return ENTITY_TYPES.reduce((acc, t) => ({ tp: acc.tp + c[t].tp, fp: acc.fp + c[t].fp, fn: acc.fn + c[t].fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
