// A problem found in user input (configuration, a submission, a score): a code and parameters,
// never a sentence. The UI's message catalog turns it into Vietnamese or English, so the rule
// that finds a problem and the words that explain it each live in one place.

export type Severity = 'error' | 'warning';

/** The human-readable address of a field: a section, optionally a named item in a list, and a field. */
export interface FieldRef {
  section: string;
  /** The list item's own name (a prize tier's "Giải nhất", a unit's name) or its row number. */
  item?: string;
  key: string;
}

export interface Problem {
  code: string;
  severity: Severity;
  /** Machine path of the field, e.g. "prizes.tiers[0].count": the set-up wizard highlights it. */
  path: string;
  field: FieldRef;
  params: Record<string, string | number>;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
