import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayAt,
  daysBetween,
  monthOf,
  playStep,
  playWindow,
  latestStart,
  outsideSpan,
  playFrom,
  positionOf,
  recentYear,
  spanOf,
} from '../../src/ui/analysis/time-span';
import { TestGraph } from './helpers/analysis-graph';

describe('time slider span', () => {
  const extent = { min: '1944-07-01', max: '2026-12-31' };

  it('covers the year of the latest start date, or all dates', () => {
    expect(spanOf(extent, 'recent', '2025-12-07')).toEqual({
      start: '2025-01-01',
      end: '2025-12-31',
      days: 364,
      unit: 'month',
    });
    expect(spanOf(extent, 'all', '2025-12-07')).toEqual({
      start: '1944-07-01',
      end: '2026-12-31',
      days: daysBetween('1944-07-01', '2026-12-31'),
      unit: 'year',
    });
    // never beyond the data
    expect(spanOf({ min: '2025-03-10', max: '2025-06-01' }, 'recent', '2025-05-01')).toMatchObject({
      start: '2025-03-10',
      end: '2025-06-01',
      days: 83,
    });
    expect(recentYear(extent, '2025-12-07')).toBe('2025');
    expect(recentYear(extent, null)).toBe('2026');
  });

  it('maps partial dates to slider positions and back', () => {
    const span = spanOf(extent, 'recent', '2025-12-07');
    expect(positionOf(span, '2025-03', 'lower')).toBe(daysBetween('2025-01-01', '2025-03-01'));
    expect(positionOf(span, '2025-03', 'upper')).toBe(daysBetween('2025-01-01', '2025-03-31'));
    expect(positionOf(span, null, 'lower')).toBe(0);
    expect(positionOf(span, null, 'upper')).toBe(364);
    expect(positionOf(span, '1990', 'lower')).toBe(0);
    expect(positionOf(span, 'soon', 'upper')).toBe(364);
    expect(dayAt(span, 0)).toBe('2025-01-01');
    expect(dayAt(span, 128)).toBe('2025-05-09');
    expect(dayAt(span, 999)).toBe('2025-12-31');
    expect(outsideSpan(span, '2024-12')).toBe(true);
    expect(outsideSpan(span, '2025')).toBe(false);
    expect(outsideSpan(span, '2026-01-01')).toBe(true);
    expect(outsideSpan(span, null)).toBe(false);
  });

  it('finds the latest start date, ignoring malformed ones', () => {
    const g = new TestGraph()
      .rel('a', 'alliance', 'x', 'y', { start: '1949' })
      .rel('b', 'negotiation', 'x', 'y', { start: '2025-12' })
      .rel('c', 'member_of', 'x', 'y', { start: '2024-01-01', end: '2026-12-31' })
      .rel('d', 'criticism', 'x', 'y', { start: 'soon' }).graph;
    expect(latestStart(g)).toBe('2025-12-01');
    expect(latestStart(new TestGraph().rel('a', 'alliance', 'x', 'y').graph)).toBeNull();
  });
});

describe('Play, month by month', () => {
  const span = spanOf({ min: '2024-03-10', max: '2025-12-31' }, 'recent', '2025-12-02');
  const all = spanOf({ min: '2020-02-10', max: '2025-12-31' }, 'all', '2025-12-02');

  it('moves calendar months, keeping the last day of a month the last day', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-04-30', 1)).toBe('2025-05-31');
    expect(addMonths('2025-02-28', 1)).toBe('2025-03-31');
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
    expect(addMonths('2025-12-02', 1)).toBe('2026-01-02');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
    expect(monthOf('2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('steps a date and a range by a month over the recent year, by a year over all years', () => {
    expect(span.unit).toBe('month');
    expect(playStep(span, { at: '2025-01-01' })).toEqual({ at: '2025-02-01' });
    expect(playStep(span, { at: '2025-12-01' })).toBeNull();
    expect(playStep(span, { from: '2025-11-01', to: '2025-11-30' })).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(playStep(span, { from: '2025-12-01', to: '2025-12-31' })).toBeNull();
    expect(all.unit).toBe('year');
    expect(playStep(all, { at: '2021-05-01' })).toEqual({ at: '2022-05-01' });
  });

  it('gives the begun-then mode whole windows: a calendar month, clamped to the span', () => {
    expect(playWindow(span, '2025-12-02')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(playWindow(span, '2025-01-01')).toEqual({ from: '2025-01-01', to: '2025-01-31' });
    expect(playWindow(all, '2020-02-10')).toEqual({ from: '2020-02-10', to: '2021-01-31' });
  });

  it('rewinds a date or a range that stands at the end of the span, so that Play advances', () => {
    expect(playFrom(span, { at: '2025-12-31' })).toEqual({ at: '2025-01-01' });
    expect(playFrom(span, { at: '2025-06-01' })).toEqual({ at: '2025-06-01' });
    expect(playFrom(span, { from: '2025-12-01', to: '2025-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
    });
    expect(playFrom(span, { from: '2025-03-01', to: '2025-03-31' })).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
    });
  });
});
