import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES } from '../lib/i18n';

/** Each language named in itself, so a reader finds theirs whatever the page's language. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('nav.language')}</span>
      <select value={i18n.resolvedLanguage} onChange={(event) => chooseLanguage(event.target.value)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>{i18n.getFixedT(code)('language.name')}</option>
        ))}
      </select>
    </label>
  );
}
