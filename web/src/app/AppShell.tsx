// The frame of every page: skip link, header with the main sections and the language choice, the page.
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from '../components/AccountMenu';
import { LanguageSwitcher } from '../components/LanguageSwitcher';

const SECTIONS = [
  { to: '/experts', label: 'nav.experts' },
  { to: '/resources', label: 'nav.resources' },
  { to: '/events', label: 'nav.events' },
  { to: '/network/stats', label: 'nav.stats' },
] as const;

export function AppShell() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const path = useRouterState({ select: (state) => state.location.pathname });
  // After navigating, move focus to the new page so keyboard and screen-reader users start at its top.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    main.current?.focus();
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">{t('nav.skip')}</a>
      <header className="site-header">
        <Link to="/experts" className="brand" aria-label={t('nav.home')}>sparknet</Link>
        <nav aria-label={t('nav.main')}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.to}>
                <Link to={section.to} activeProps={{ 'aria-current': 'page' }}>{t(section.label)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
        <AccountMenu />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">{t('footer.text')}</footer>
    </>
  );
}
