import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, inLanguage } from './format';

describe('formatMoney', () => {
  it('reads integer minor units with the currency’s decimals', () => {
    expect(formatMoney({ amount_minor: 150000, currency: 'UAH' }, 'uk')).toMatch(/1\s?500,00\s?(грн|₴|UAH)/);
    expect(formatMoney({ amount_minor: 1999, currency: 'EUR' }, 'de')).toBe('19,99\u00a0€');
    expect(formatMoney({ amount_minor: 500, currency: 'JPY' }, 'en')).toMatch(/¥500$/); // no minor unit
  });
});

describe('formatDateTime', () => {
  it('shows the instant in the given zone', () => {
    expect(formatDateTime('2027-03-01T08:00:00Z', 'Europe/Kyiv', 'en')).toContain('10:00');
    expect(formatDateTime('2027-03-01T08:00:00Z', 'Asia/Almaty', 'de')).toContain('13:00');
  });
});

describe('inLanguage', () => {
  it('falls back when the language is missing', () => {
    expect(inLanguage({ en: 'Jam', uk: 'Джем' }, 'uk')).toBe('Джем');
    expect(inLanguage({ en: 'Jam' }, 'de', 'Jam (en)')).toBe('Jam (en)');
  });
});
