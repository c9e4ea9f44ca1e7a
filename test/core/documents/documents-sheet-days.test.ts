// The signing day the secretariat types in "Văn bản đã tạo" is read as the day typed: as text, or
// as the Date Sheets gives for a typed day (its midnight in Vietnam, 17:00 UTC the day before),
// whatever time zone the script runs in.

import { DOCUMENT_COLUMN, DOCUMENTS_HEADER, readDocumentRecords } from '../../../src/core/documents/documents-sheet';
import type { CellValue } from '../../../src/core/cell';

function signedOn(value: CellValue): string | null {
  const row = DOCUMENTS_HEADER.map(() => '' as CellValue);
  row[DOCUMENT_COLUMN.key] = 'QD';
  row[DOCUMENT_COLUMN.number] = '215/QĐ-UBND';
  row[DOCUMENT_COLUMN.signedOn] = value;
  return readDocumentRecords([DOCUMENTS_HEADER, row])[0].signedOn;
}

describe('the signing day of a document', () => {
  it('is the day typed, as text or as a day cell at midnight in Vietnam', () => {
    expect(signedOn('30/08/2024')).toBe('2024-08-30');
    expect(signedOn(new Date('2024-08-29T17:00:00Z'))).toBe('2024-08-30');
    expect(signedOn(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
  });

  it('is blank for an invalid date or text that is not a day', () => {
    expect(signedOn(new Date(Number.NaN))).toBeNull();
    expect(signedOn('31/02/2024')).toBeNull();
    expect(signedOn('sắp ký')).toBeNull();
  });
});
