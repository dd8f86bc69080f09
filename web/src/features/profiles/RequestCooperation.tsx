// Asking for cooperation needs an account: the button leads to signing in and back to this page.
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function RequestCooperation() {
  const { t } = useTranslation();
  const here = useRouterState({ select: (state) => state.location.href });
  return (
    <div className="profile-cooperation">
      <Link to="/sign-in" search={{ next: here }} className="button">{t('profiles.cooperation.request')}</Link>
      <p className="muted">{t('profiles.cooperation.hint')}</p>
    </div>
  );
}
