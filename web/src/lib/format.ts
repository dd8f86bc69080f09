// Money from integer minor units and times in a given zone, formatted for the reader's language.

/** The locale numbers and dates are written in: English as written across the network (day first, 24-hour
 *  clock), every other language as itself. */
export function formattingLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

export interface Money {
  amount_minor: number;
  currency: string;
}

/** Formats minor units (kopiyky, pence, cents) using the currency's own number of decimals. */
export function formatMoney(money: Money, locale: string): string {
  const format = new Intl.NumberFormat(formattingLocale(locale), { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount_minor / 10 ** digits);
}

/** Date and time as seen in `timeZone`, with the zone named so nobody guesses. */
export function formatDateTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), {
    year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), { timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDay(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: 'full', timeZone }).format(new Date(iso));
}

/** A date without time (YYYY-MM-DD from the API) in the reader's language. */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' })
    .format(Date.UTC(year, month - 1, day));
}

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The same instant in the viewer's own zone, or null when the viewer is in the event's zone already. */
export function inViewerZone(iso: string, eventZone: string, locale: string): string | null {
  const viewer = viewerTimeZone();
  const offset = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')?.value;
  return offset(viewer) === offset(eventZone) ? null : formatDateTime(iso, viewer, locale);
}

/** Picks the text in `language` from a {language: text} map, else the fallback, else any. */
export function inLanguage(texts: Record<string, string> | undefined, language: string, fallback?: string): string | undefined {
  if (!texts) return fallback;
  return texts[language] ?? fallback ?? Object.values(texts)[0];
}
