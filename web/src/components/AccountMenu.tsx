// The header's account corner: who is signed in and signing out, or the way to sign in.
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { signOut, useSession } from '../lib/session';

export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const here = useRouterState({ select: (state) => state.location.href });
  if (session.status === 'unknown') return <div className="account" aria-hidden="true" />;
  if (session.status === 'signed-out') {
    return (
      <div className="account">
        <Link to="/sign-in" search={here.startsWith('/sign-in') ? {} : { next: here }}>{t('account.signIn')}</Link>
      </div>
    );
  }
  return (
    <div className="account">
      <span className="account-who" title={session.email}>{t('account.signedInAs', { who: session.email ?? '' })}</span>
      <button type="button" className="link-button" onClick={() => void signOut().then(() => navigate({ to: '/experts' }))}>
        {t('account.signOut')}
      </button>
    </div>
  );
}
