// The replacements that fill a copied template's value placeholders, in the order they must run.
// All of them go to Google Docs in one batchUpdate, whose replaceAllText requests apply one after
// another, each over the result of the ones before. If values were put straight in, a title that
// contains "{{so_ky_hieu}}" would itself be filled by a later request. So the first pass turns
// every placeholder into a marker made of private-use characters, which documentText() removes
// from user text, and the second pass turns the markers into the values: no value can contain a
// marker, so no value is ever rewritten.

import type { FillData } from './document-model';
import { placeholder } from './document-model';

export interface TextReplacement {
  /** Literal text to find (Docs replaceAllText matches text, not a pattern). */
  find: string;
  replace: string;
}

const MARKER_OPEN = '\uE000';
const MARKER_CLOSE = '\uE001';

function marker(index: number): string {
  return `${MARKER_OPEN}${index}${MARKER_CLOSE}`;
}

export function fillReplacements(values: FillData['values']): TextReplacement[] {
  const names = Object.keys(values);
  return [
    ...names.map((name, i) => ({ find: placeholder(name), replace: marker(i) })),
    ...names.map((name, i) => ({ find: marker(i), replace: values[name] })),
  ];
}
