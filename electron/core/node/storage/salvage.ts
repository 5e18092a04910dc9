/**
 * Reading a file record by record: every record that passes its schema is
 * kept, and only those that do not are set aside, so one bad field never
 * costs the reader the rest of their library.
 */
import type * as z from 'zod';

export interface Salvaged<T> {
  kept: T[];
  setAside: unknown[];
  /** The first problem, as "field: message", for the notice. */
  firstProblem: string | null;
}

/**
 * @param seenIds - Ids already kept elsewhere; a record repeating one is set aside (ids stay unique).
 */
export function salvageRecords<S extends z.ZodType<{ id: string }>>(
  schema: S,
  records: unknown,
  seenIds: Set<string>,
): Salvaged<z.output<S>> {
  const result: Salvaged<z.output<S>> = { kept: [], setAside: [], firstProblem: null };
  if (!Array.isArray(records)) {
    if (records !== undefined) {
      result.setAside.push(records);
      result.firstProblem = 'a list of records is not a list';
    }
    return result;
  }
  for (const record of records) {
    const checked = schema.safeParse(record);
    if (checked.success && !seenIds.has(checked.data.id)) {
      seenIds.add(checked.data.id);
      result.kept.push(checked.data);
      continue;
    }
    result.setAside.push(record);
    if (!result.firstProblem) {
      const issue = checked.success ? null : checked.error.issues[0];
      result.firstProblem = issue
        ? `${issue.path.join('.') || 'record'}: ${issue.message}`
        : `id ${checked.data!.id} appears twice`;
    }
  }
  return result;
}

/** The first problem a schema finds, as "field: message". */
export function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'}`;
}
