// Frozen results: what was announced is kept as it was. Later score edits never change it; they
// show as differences from the announcement that the board must approve (peer-systems.md: users
// of award platforms complain when results move after they were announced).

import { checksum } from '../checksum';
import type { ContestResults, PrizeOutcome } from './results-model';

export interface PublishedEntry {
  code: string;
  pool: string;
  rank: number | null;
  finalScore: number | null;
  /** A tier code, "special: <name>", "referred" for a tie sent to the board, or '' for none. */
  prize: string;
  amount: number;
}

export interface PublishedResults {
  /** When it was announced, as the secretariat's clock wrote it. */
  publishedAt: string;
  entries: PublishedEntry[];
  /** Fingerprint of publishedAt and entries: a hand edit of the stored copy shows. */
  checksum: string;
}

export type ResultField = 'pool' | 'rank' | 'finalScore' | 'prize' | 'amount';

export type ResultChange =
  | { entryCode: string; kind: 'changed'; field: ResultField; announced: string | number | null; now: string | number | null }
  | { entryCode: string; kind: 'added' }
  | { entryCode: string; kind: 'removed' };

function prizeOf(outcome: PrizeOutcome): { prize: string; amount: number } {
  switch (outcome.kind) {
    case 'prize':
      return { prize: outcome.tierCode, amount: outcome.amount };
    case 'special':
      return { prize: `special: ${outcome.name}`, amount: outcome.amount };
    case 'referred':
      return { prize: 'referred', amount: 0 };
    case 'none':
      return { prize: '', amount: 0 };
  }
}

function publishedEntries(results: ContestResults): PublishedEntry[] {
  return results.entries.map((r) => ({ code: r.entry.code, pool: r.pool, rank: r.rank, finalScore: r.finalScore, ...prizeOf(r.outcome) }));
}

function fingerprint(publishedAt: string, entries: readonly PublishedEntry[]): string {
  return checksum(JSON.stringify([publishedAt, entries.map((e) => [e.code, e.pool, e.rank, e.finalScore, e.prize, e.amount])]));
}

export function publishResults(results: ContestResults, publishedAt: string): PublishedResults {
  const entries = publishedEntries(results);
  return { publishedAt, entries, checksum: fingerprint(publishedAt, entries) };
}

/** False when the stored announcement no longer matches its fingerprint. */
export function isIntact(published: PublishedResults): boolean {
  return fingerprint(published.publishedAt, published.entries) === published.checksum;
}

const FIELDS: readonly ResultField[] = ['pool', 'rank', 'finalScore', 'prize', 'amount'];

/** Every difference between the announcement and results computed now, by entry code. */
export function changesSinceAnnouncement(published: PublishedResults, results: ContestResults): ResultChange[] {
  const now = new Map(publishedEntries(results).map((e) => [e.code, e]));
  const announced = new Map(published.entries.map((e) => [e.code, e]));
  const changes: ResultChange[] = [];
  for (const code of [...new Set([...announced.keys(), ...now.keys()])].sort()) {
    const before = announced.get(code);
    const after = now.get(code);
    if (!before) changes.push({ entryCode: code, kind: 'added' });
    else if (!after) changes.push({ entryCode: code, kind: 'removed' });
    else for (const field of FIELDS) if (before[field] !== after[field]) changes.push({ entryCode: code, kind: 'changed', field, announced: before[field], now: after[field] });
  }
  return changes;
}
