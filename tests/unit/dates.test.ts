// Partial ISO dates: parsing and the bounds used for start <= end and time filtering.
import { describe, expect, it } from 'vitest';
import { lowerBound, parsePartialDate, upperBound } from '../../src/model/dates';

describe('partial dates', () => {
  it('parses year, month and day precision', () => {
    expect(parsePartialDate('2025')).toEqual({ year: 2025 });
    expect(parsePartialDate('2025-05')).toEqual({ year: 2025, month: 5 });
    expect(parsePartialDate('2025-05-08')).toEqual({ year: 2025, month: 5, day: 8 });
  });
  it('rejects malformed and impossible dates', () => {
    for (const bad of [
      '25',
      '2025-5',
      '2025-13',
      '2025-02-29',
      '2025-05-08T10:00',
      'May 2025',
      '',
    ]) {
      expect(parsePartialDate(bad)).toBeNull();
    }
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
  it('gives the first and last day covered', () => {
    expect(lowerBound('2025')).toBe('2025-01-01');
    expect(upperBound('2025')).toBe('2025-12-31');
    expect(upperBound('2024-02')).toBe('2024-02-29');
    expect(lowerBound('2025-05-08')).toBe('2025-05-08');
    expect(() => lowerBound('x')).toThrow(
      'dates: expected a partial ISO date like 2025-05-08, got "x"',
    );
  });
});
