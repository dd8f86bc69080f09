import { describe, expect, it } from 'vitest';
import { byDay, priceRange, salesState, seatsInAll } from './display';
import { catalogueSearch, nextPage, previousPage } from './search';

const ticket = (amount: number, extra: object = {}) => ({
  price: { amount, currency: 'UAH' }, sales_start: null, sales_end: null, visibility: 'public', ...extra,
});

describe('priceRange', () => {
  it('says free, one price, or from the lowest paid one', () => {
    expect(priceRange([])).toEqual({ kind: 'none' });
    expect(priceRange([ticket(0)])).toEqual({ kind: 'free' });
    expect(priceRange([ticket(1500), ticket(1500)])).toMatchObject({ kind: 'single', price: { amount: 1500 } });
    expect(priceRange([ticket(0), ticket(9000), ticket(1500)])).toMatchObject({ kind: 'from', price: { amount: 1500 }, alsoFree: true });
    expect(priceRange([ticket(0), ticket(5000, { visibility: 'hidden' })])).toEqual({ kind: 'free' });
  });
});

describe('salesState', () => {
  const now = new Date('2027-01-01T12:00:00Z');
  it('knows not yet, ended, sold out and on sale', () => {
    expect(salesState(ticket(1, { sales_start: '2027-01-02T00:00:00Z' }), 5, now).kind).toBe('notYet');
    expect(salesState(ticket(1, { sales_end: '2027-01-01T00:00:00Z' }), 5, now).kind).toBe('ended');
    expect(salesState(ticket(1), 0, now).kind).toBe('soldOut');
    expect(salesState(ticket(1), 3, now, false).kind).toBe('closed');
    expect(salesState(ticket(1, { sales_end: '2027-02-01T00:00:00Z' }), 3, now)).toEqual({ kind: 'onSale', until: '2027-02-01T00:00:00Z' });
  });
});

describe('seatsInAll', () => {
  it('counts a shared quota once', () => {
    expect(seatsInAll([{ left: 3 }, { left: 10, quota: 'students' }, { left: 8, quota: 'students' }])).toBe(13);
  });
});

describe('byDay', () => {
  it('groups agenda items by their day in the event zone, in order', () => {
    const items = [
      { id: 'c', starts_at: '2027-01-04T08:00:00+02:00' },
      { id: 'b', starts_at: '2027-01-03T23:30:00+02:00' },
      { id: 'a', starts_at: '2027-01-03T21:00:00Z' }, // 23:00 in Kyiv: still the 3rd there
    ];
    const days = byDay(items, 'Europe/Kyiv');
    expect(days.map((d) => d.day)).toEqual(['2027-01-03', '2027-01-04']);
    expect(days[0].items.map((s) => s.id)).toEqual(['a', 'b']);
  });
});

describe('pages', () => {
  const c1 = '00000000-0000-4000-8000-000000000001';
  const c2 = '00000000-0000-4000-8000-000000000002';
  it('keeps the trail of earlier cursors so "previous" goes back one page', () => {
    const first = catalogueSearch({ q: 'design' });
    const second = nextPage(first, c1);
    const third = nextPage(second, c2);
    expect(third).toMatchObject({ q: 'design', cursor: c2, trail: [c1] });
    expect(previousPage(third)).toMatchObject({ q: 'design', cursor: c1, trail: undefined });
    expect(previousPage(second)).toMatchObject({ q: 'design', cursor: undefined });
  });
  it('drops what the API would refuse', () => {
    expect(catalogueSearch({ kind: 'party', country: 'Ukraine', from: 'soon', cursor: 'x', tag: ['AI'] }))
      .toMatchObject({ kind: undefined, country: undefined, from: undefined, cursor: undefined, tag: ['ai'] });
  });
});
