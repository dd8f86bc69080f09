// Names of what the search shows, in the reader's language: skills from the taxonomy, languages and countries
// from the browser's own data (no message needed), roles and organisation kinds from the message catalogue.
import { inLanguage } from '../../lib/format';
import type { SkillRead } from './searchQueries';

function displayNames(locale: string, type: 'language' | 'region'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type });
  } catch {
    return null;
  }
}

function capitalised(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

export function languageName(code: string, locale: string): string {
  return capitalised(displayNames(locale, 'language')?.of(code) ?? code, locale);
}

export function countryName(code: string, locale: string): string {
  return displayNames(locale, 'region')?.of(code.toUpperCase()) ?? code;
}

export function skillName(slug: string, skills: Map<string, SkillRead>, locale: string): string {
  const skill = skills.get(slug);
  return skill ? inLanguage(skill.names, locale, skill.name) ?? skill.name : slug;
}

export function byName<T>(items: T[], name: (item: T) => string, locale: string): T[] {
  return [...items].sort((a, b) => name(a).localeCompare(name(b), locale));
}
