// /verify-email?token=…: the link from the sign-up e-mail. Opening it confirms the address at once.
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { registry } from '../../lib/api/clients';
import { linkProblem } from './problems';
import './account.css';

const route = getRouteApi('/verify-email');

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const verify = useMutation({
    mutationFn: async (linkToken: string) => (await registry.POST('/users/verify-email', { body: { token: linkToken } })).data!,
  });
  const { mutate } = verify;
  useEffect(() => { if (token) mutate(token); }, [token, mutate]);
  return (
    <div className="page account-page">
      <h1>{t('verify.title')}</h1>
      <div className="card account-form">
        {!token && <p role="alert" className="error">{t('account.link.unknown')}</p>}
        {verify.isPending && <p role="status" className="muted">{t('verify.checking')}</p>}
        {verify.isSuccess && (
          <p role="status" className="success">{t('verify.done', { email: verify.data.email })}</p>
        )}
        {verify.isError && <p role="alert" className="error">{t(linkProblem(verify.error))}</p>}
        {(verify.isSuccess || verify.isError) && <p><Link to="/sign-in">{t('account.toSignIn')}</Link></p>}
      </div>
    </div>
  );
}
