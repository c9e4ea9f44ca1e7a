import { isDate, mapCells } from '../../src/core/cell-grid';
import { runInNewContext } from 'node:vm';

describe('mapCells: custom-function input shapes', () => {
  it('answers a single cell with a single value', () => {
    expect(mapCells(7, (v) => Number(v) * 2)).toBe(14);
  });

  it('answers a range with a range of the same shape, passing 1-based positions', () => {
    const seen: string[] = [];
    const out = mapCells(
      [
        [1, 2],
        [3, ''],
      ],
      (v, at) => {
        seen.push(`${at.row}:${at.column}`);
        return v === '' ? 'blank' : Number(v) + 1;
      },
    );
    expect(out).toEqual([
      [2, 3],
      [4, 'blank'],
    ]);
    expect(seen).toEqual(['1:1', '1:2', '2:1', '2:2']);
  });
});

describe('isDate', () => {
  it('recognises a Date made in another realm, where instanceof fails', () => {
    const foreign = runInNewContext('new Date(2024, 0, 5)') as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(isDate('05/01/2024')).toBe(false);
  });
});
