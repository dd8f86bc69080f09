// /reset-password?token=…: the link from the reset e-mail; a new password, twice.
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, registry } from '../../lib/api/clients';
import { linkProblem } from './problems';
import './account.css';

const route = getRouteApi('/reset-password');
const MIN_PASSWORD = 10;

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reset = useMutation({
    mutationFn: async () => (await registry.POST('/auth/password-reset/confirm', { body: { token: token!, password } })).data!,
    onError: (error) => setProblem(error instanceof ApiError && error.status === 422 ? 'signUp.errors.invalid'
      : linkProblem(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD || password.trim() !== password) return setProblem('signUp.errors.invalid');
    if (password !== again) return setProblem('reset.mismatch');
    setProblem(null);
    reset.mutate();
  };
  if (!token) {
    return <div className="page account-page"><h1>{t('reset.title')}</h1>
      <p role="alert" className="card error">{t('account.link.unknown')}</p></div>;
  }
  return (
    <div className="page account-page">
      <h1>{t('reset.title')}</h1>
      {reset.isSuccess ? (
        <div className="card account-form">
          <p role="status" className="success">{t('reset.done')}</p>
          <p><Link to="/sign-in">{t('account.toSignIn')}</Link></p>
        </div>
      ) : (
        <form className="card account-form" onSubmit={submit} noValidate>
          <label>{t('reset.password')}
            <input type="password" autoComplete="new-password" maxLength={200} value={password}
                   onChange={(event) => setPassword(event.target.value)} aria-describedby="reset-rule" />
          </label>
          <label>{t('reset.again')}
            <input type="password" autoComplete="new-password" maxLength={200} value={again}
                   onChange={(event) => setAgain(event.target.value)} />
          </label>
          <p id="reset-rule" className="muted">{t('signUp.passwordRule', { count: MIN_PASSWORD })}</p>
          {problem && <p role="alert" className="error">{t(problem, { count: MIN_PASSWORD })}</p>}
          <button type="submit" disabled={reset.isPending}>{t('reset.submit')}</button>
        </form>
      )}
    </div>
  );
}
