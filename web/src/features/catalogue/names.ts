// Names of languages and countries in the reader's language, from the browser's own data (no message needed).

function displayNames(locale: string, type: 'language' | 'region'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type });
  } catch {
    return null;
  }
}

export function languageName(code: string, locale: string): string {
  return displayNames(locale, 'language')?.of(code) ?? code;
}

export function countryName(code: string, locale: string): string {
  return displayNames(locale, 'region')?.of(code.toUpperCase()) ?? code;
}

/** The language a text of `texts` is shown in: the reader's when given, else the primary (English), else any. */
export function shownLanguage(texts: Record<string, string>, language: string): string | undefined {
  if (texts[language]) return language;
  return texts.en ? 'en' : Object.keys(texts)[0];
}
