// One message catalogue per language in src/locales/<code>.json: adding a language is adding a file.
// The choice is remembered in this browser; the first visit follows the browser's own languages.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

type Catalogue = Record<string, unknown>;
const catalogues = import.meta.glob<Catalogue>('../locales/*.json', { eager: true, import: 'default' });

export const LANGUAGES: readonly string[] = Object.keys(catalogues)
  .map((path) => path.replace(/^.*\/(.+)\.json$/, '$1'))
  .sort();
export const FALLBACK_LANGUAGE = 'en';
const STORAGE_KEY = 'sparknet.language';

function initialLanguage(): string {
  const remembered = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (remembered && LANGUAGES.includes(remembered)) return remembered;
  const preferred = (globalThis.navigator?.languages ?? []).map((tag) => tag.split('-')[0]);
  return preferred.find((code) => LANGUAGES.includes(code)) ?? FALLBACK_LANGUAGE;
}

export function chooseLanguage(code: string): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, code);
  void i18next.changeLanguage(code);
}

void i18next.use(initReactI18next).init({
  resources: Object.fromEntries(LANGUAGES.map((code) => [code, { translation: catalogues[`../locales/${code}.json`] }])),
  lng: initialLanguage(),
  fallbackLng: FALLBACK_LANGUAGE,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
i18next.on('languageChanged', (code) => document.documentElement.setAttribute('lang', code));
document.documentElement.setAttribute('lang', i18next.language);

export default i18next;
