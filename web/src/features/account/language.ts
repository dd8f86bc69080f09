/** The language account e-mails are written in: the page's, when the registry writes e-mails in it. */
export function emailLanguage(language: string | undefined): 'en' | 'uk' | 'de' {
  return language === 'uk' || language === 'de' ? language : 'en';
}
