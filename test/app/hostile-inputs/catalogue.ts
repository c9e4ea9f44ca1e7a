// The catalogue's shape: every case names its surface, the input and how the add-on must handle it,
// and the tally counts how each case was actually handled, as observed in what a user sees.

/** Where the hostile input comes in (issue 8): the entry form, the configuration sheets, the judges' sheets, the document templates. */
export const SURFACES = ['form', 'configuration', 'judgeSheets', 'templates'] as const;
export type Surface = (typeof SURFACES)[number];

/**
 * - stored: kept exactly as given, never evaluated, and nothing is said because nothing is wrong;
 * - flagged: kept and used, with a Vietnamese message pointing at it;
 * - rejected: not used, with a Vietnamese message that names the field and says what to do.
 * In every case nothing else is lost.
 */
export const HANDLINGS = ['stored', 'flagged', 'rejected'] as const;
export type Handling = (typeof HANDLINGS)[number];

export interface HostileCase<S extends Surface, I> {
  surface: S;
  name: string;
  input: I;
  expect: Handling;
}

const SURFACE_WORDS: Record<Surface, string> = { form: 'form', configuration: 'configuration', judgeSheets: "judges' sheets", templates: 'templates' };

/** How many cases ran, per surface and per observed handling. */
export class Tally {
  private readonly counts = new Map<Surface, Record<Handling, number>>();

  record(surface: Surface, handling: Handling): void {
    const counts = this.counts.get(surface) ?? { stored: 0, flagged: 0, rejected: 0 };
    counts[handling] += 1;
    this.counts.set(surface, counts);
  }

  total(surface?: Surface): number {
    const of = (s: Surface): number => HANDLINGS.reduce((sum, h) => sum + (this.counts.get(s)?.[h] ?? 0), 0);
    return surface ? of(surface) : SURFACES.reduce((sum, s) => sum + of(s), 0);
  }

  /** "hostile inputs: 112 cases — form 40 (stored 25, flagged 12, rejected 3), …" */
  summary(): string {
    const parts = SURFACES.map((s) => {
      const counts = this.counts.get(s) ?? { stored: 0, flagged: 0, rejected: 0 };
      return `${SURFACE_WORDS[s]} ${this.total(s)} (${HANDLINGS.map((h) => `${h} ${counts[h]}`).join(', ')})`;
    });
    return `hostile inputs: ${this.total()} cases — ${parts.join('; ')}`;
  }
}
