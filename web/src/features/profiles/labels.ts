// Names shown on profiles in the reader's language: organisations' own translations, countries and languages
// from the browser's Intl data, skills from the registry's taxonomy. No React.
import { inLanguage } from '../../lib/format';

export function organisationName(organisation: { name: string; names?: Record<string, string> }, language: string): string {
  return inLanguage(organisation.names, language, organisation.name) ?? organisation.name;
}

function displayName(code: string, locale: string, type: 'language' | 'region'): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const countryName = (code: string, locale: string) => displayName(code, locale, 'region');
export const languageName = (code: string, locale: string) => displayName(code, locale, 'language');

export function place(city: string | null | undefined, country: string | null | undefined, locale: string): string {
  return [city, country ? countryName(country, locale) : null].filter(Boolean).join(', ');
}

export function skillName(slug: string, skills: { slug: string; name: string; names: Record<string, string> }[] | undefined,
  language: string): string {
  const skill = skills?.find((s) => s.slug === slug);
  return skill ? (inLanguage(skill.names, language, skill.name) ?? skill.name) : humanised(slug);
}

/** A slug nobody named, readable: "further-education" → "Further education". */
function humanised(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

