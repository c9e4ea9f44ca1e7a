// Competition ranking ("1, 2, 2, 4") of entries by their final score and the contest's tie-break
// chain (research/vietnamese-domain.md §3.4). A tie the chain cannot break stays a tie: no rule here
// ever separates equal entries, so the board, not the software, decides between them.

export interface RankInput {
  id: string;
  /** Compared in order, higher wins: keys[0] is the final score, the rest the tie-break chain (the caller turns "earlier submission" into a number where higher wins). null loses to any number and equals null. Values are compared exactly (the caller has already rounded them). */
  keys: readonly (number | null)[];
}

export interface Ranked {
  id: string;
  /** 1 + the number of items strictly better on the whole key list. */
  rank: number;
  /** How many tie-break keys (after keys[0]) were needed to place it among the items with the same keys[0]: 0 when its keys[0] is unique; for an unbroken tie, all of them. */
  tieBreaksUsed: number;
  /**
   * Its unbroken tie: the ids of the items equal on every key, itself included, sorted by id; []
   * when it is not tied. One array is shared by the whole group, so a tie of k items costs k, not k².
   */
  tie: readonly string[];
}

type Key = number | null;

/** A missing key (a shorter list) and NaN count as null: no value, which loses to any number. */
function keyAt(keys: readonly Key[], index: number): Key {
  const value = keys[index];
  return value === undefined || value === null || Number.isNaN(value) ? null : value;
}

/** Negative when a is better on this key, positive when b is, 0 when equal. */
function compareKey(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a > b ? -1 : 1;
}

/** The first key index where a and b differ; `width` when they are equal on every key. */
function firstDifference(a: readonly Key[], b: readonly Key[], width: number): number {
  for (let i = 0; i < width; i++) if (compareKey(keyAt(a, i), keyAt(b, i)) !== 0) return i;
  return width;
}

/**
 * Ranks items best first by competition ranking: an item's rank is 1 + the number of items strictly
 * better on the whole key list, so equal items share a rank and the next rank skips ("1, 2, 2, 4").
 *
 * - Keys compare in order, higher wins; null (and a key missing from a shorter list, and NaN) loses
 *   to any number and equals null. Numbers compare exactly, so the caller rounds first.
 * - tieBreaksUsed: among the items sharing its keys[0], how many keys of the chain it took to tell
 *   this item from the one it shares the longest prefix with; all of them for an unbroken tie.
 * - Items of an unbroken tie come in id order (code-unit order, not locale order), and share one
 *   `tie` list in that order: the output never depends on the input's order.
 *
 * n·log n comparisons.
 */
export function rankCompetition(items: readonly RankInput[]): Ranked[] {
  const width = items.reduce((w, item) => Math.max(w, item.keys.length), 0);
  const sorted = [...items].sort((a, b) => {
    for (let i = 0; i < width; i++) {
      const order = compareKey(keyAt(a.keys, i), keyAt(b.keys, i));
      if (order !== 0) return order;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  // shared[i]: the first key where sorted[i - 1] and sorted[i] differ. In a sorted list an item's
  // longest common prefix with any other item is the longer of those with its two neighbours.
  const shared = sorted.map((item, i) => (i === 0 ? 0 : firstDifference(sorted[i - 1].keys, item.keys, width)));
  const chainLength = Math.max(0, width - 1);
  const ranked: Ranked[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && shared[end] === width) end++;
    const tie = end - start > 1 ? sorted.slice(start, end).map((item) => item.id) : [];
    for (let i = start; i < end; i++) {
      const longestPrefix = Math.max(shared[i], i + 1 < sorted.length ? shared[i + 1] : 0);
      ranked.push({
        id: sorted[i].id,
        rank: start + 1,
        tieBreaksUsed: Math.min(longestPrefix, chainLength),
        tie,
      });
    }
    start = end;
  }
  return ranked;
}
