// Near-duplicate entries (bài trùng lặp): Đakrông forbids copied entries and Hậu Giang ideas
// already applied in the province, so each new entry is compared with every entry received and
// every idea on the applied list, and the closest is shown to the board (DESIGN.md §2).
//
// Texts are folded (case, diacritics, đ/Đ, punctuation and spacing: foldForMatching) and cut into
// shingles of two consecutive syllables. Vietnamese is written syllable by syllable and most of its
// words have two syllables ("cải cách", "thủ tục", "một cửa"), so a two-syllable shingle is roughly
// one word: single syllables would make every CCHC entry look alike ("hành", "chính", "cải" are in
// all of them), while three-syllable shingles are so specific that rewording one word in a short
// title and summary removes three shingles at once. Similarity is the Jaccard index of the two
// shingle sets.

import { foldForMatching } from '../vn/text';

export interface TextRecord {
  id: string;
  /** What is compared, e.g. the title and the summary of the solution. */
  text: string;
}

export interface SimilarMatch {
  id: string;
  /** Jaccard similarity of the shingle sets, 0..1. */
  similarity: number;
}

/**
 * Similarity at or above which the board is shown the match. Measured on CCHC entries
 * (test/core/intake/near-duplicates.test.ts): an entry resubmitted with reworded sentences scores
 * about 0.7, the same text under another title about 0.76, the same idea rewritten sentence by
 * sentence 0.3; a different initiative on the same procedure (both about birth registration at
 * the one-stop shop) scores 0.19 and initiatives in different areas 0.1 or less, as they share
 * only the field's stock phrases ("thủ tục hành chính", "người dân"). At 0.3, texts of equal
 * length share 46% of their word pairs (|A ∩ B| = 2J/(1+J) of each). A match only asks for
 * review, so the threshold sits at the low end, showing the board more rather than less.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.3;

const SHINGLE_SIZE = 2;

/** The shingles of a text; a text of one syllable is its own shingle. */
export function shinglesOf(text: string): Set<string> {
  const words = foldForMatching(text).split(' ').filter((w) => w !== '');
  if (words.length < SHINGLE_SIZE) return new Set(words);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) shingles.add(`${words[i]} ${words[i + 1]}`);
  return shingles;
}

function jaccard(shared: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - shared;
  return union === 0 ? 0 : shared / union;
}

/** Similarity of two texts, 0..1; 0 when either has no words. */
export function textSimilarity(a: string, b: string): number {
  const x = shinglesOf(a);
  const y = shinglesOf(b);
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return jaccard(shared, x.size, y.size);
}

/**
 * The texts received so far, indexed by shingle: finding the closest record touches only the
 * records that share a shingle with the new text, once per shared shingle, so a submit trigger
 * compares an entry with thousands in milliseconds.
 */
export class NearDuplicateIndex {
  private readonly ids: string[] = [];
  private readonly shingles: Set<string>[] = [];
  private readonly slotOf = new Map<string, number>();
  /** Shingle → the slots of the records that have it, each slot once. */
  private readonly postings = new Map<string, number[]>();

  constructor(records: readonly TextRecord[]) {
    for (const record of records) this.add(record);
  }

  /** Adds a record; a record with an id already indexed replaces it (an edited response). */
  add(record: TextRecord): void {
    const shingles = shinglesOf(record.text);
    let slot = this.slotOf.get(record.id);
    if (slot === undefined) {
      slot = this.ids.length;
      this.ids.push(record.id);
      this.shingles.push(shingles);
      this.slotOf.set(record.id, slot);
    } else {
      const old = slot;
      for (const s of this.shingles[old]) {
        const posting = this.postings.get(s);
        if (posting) this.postings.set(s, posting.filter((x) => x !== old));
      }
      this.shingles[slot] = shingles;
    }
    for (const s of shingles) {
      const posting = this.postings.get(s);
      if (posting === undefined) this.postings.set(s, [slot]);
      else posting.push(slot);
    }
  }

  /**
   * The most similar record, other than excludeId; between equally similar records the one added
   * first. null when no record shares a shingle with the text.
   */
  closest(text: string, excludeId?: string): SimilarMatch | null {
    const query = shinglesOf(text);
    const excluded = excludeId === undefined ? undefined : this.slotOf.get(excludeId);
    const shared = new Int32Array(this.ids.length);
    const touched: number[] = [];
    for (const s of query) {
      for (const slot of this.postings.get(s) ?? []) {
        if (shared[slot]++ === 0 && slot !== excluded) touched.push(slot);
      }
    }
    let best: { slot: number; similarity: number } | null = null;
    for (const slot of touched) {
      const similarity = jaccard(shared[slot], query.size, this.shingles[slot].size);
      if (best === null || similarity > best.similarity || (similarity === best.similarity && slot < best.slot)) best = { slot, similarity };
    }
    return best === null ? null : { id: this.ids[best.slot], similarity: best.similarity };
  }
}
