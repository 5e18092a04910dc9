/**
 * Runs extractors over gold documents and tabulates the scores. Pure: the
 * caller loads the files (the eval script, the quality-floor test).
 */
import type { Entity } from './types.ts';
import { ENTITY_TYPES } from '../../../shared/constants.ts';
import {
  addCounts,
  emptyCounts,
  prf,
  scoreDocument,
  totalCounts,
  type GoldFile,
  type Prf,
  type TypeCounts,
} from './score.ts';

export interface GoldDocument {
  name: string;
  gold: GoldFile;
  text: string;
}

export type Extractor = (text: string) => Entity[];

export interface EvalResult {
  totals: TypeCounts;
  perFile: { name: string; counts: TypeCounts }[];
}

export function evaluate(docs: readonly GoldDocument[], extract: Extractor): EvalResult {
  const totals = emptyCounts();
  const perFile = docs.map((d) => {
    const counts = scoreDocument(extract(d.text), d.gold);
    addCounts(totals, counts);
    return { name: d.name, counts };
  });
  return { totals, perFile };
}

const f = (n: number): string => n.toFixed(3);

/** Side-by-side table: P/R/F1 per type and overall, then per-file overall F1. */
export function formatComparison(columns: { label: string; result: EvalResult }[]): string {
  const cell = (p: Prf): string => `${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)}`;
  const line = (first: string, cells: string[]): string =>
    [first.padEnd(13), ...cells.map((c) => c.padEnd(19))].join(' | ');
  const lines = [
    line(
      '',
      columns.map((c) => c.label),
    ),
    line(
      'type',
      columns.map(() => 'P      R      F1'),
    ),
  ];
  lines.push('-'.repeat(lines[1]!.length));
  for (const t of ENTITY_TYPES)
    lines.push(
      line(
        t,
        columns.map((c) => cell(prf(c.result.totals[t]))),
      ),
    );
  lines.push(
    line(
      'overall',
      columns.map((c) => cell(prf(totalCounts(c.result.totals)))),
    ),
  );
  lines.push('', 'per-file overall F1');
  const names = columns[0]?.result.perFile.map((p) => p.name) ?? [];
  names.forEach((name, i) => {
    lines.push(
      [
        name.padEnd(24),
        ...columns.map((c) => `${c.label} ${f(prf(totalCounts(c.result.perFile[i]!.counts)).f1)}`),
      ].join('  '),
    );
  });
  return lines.join('\n');
}
