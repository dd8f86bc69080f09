// Signing in at /sign-in: e-mail and password start a session (lib/session), then back to where the person
// came from (`next`).
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInRefused, signIn as startSession, useSession } from '../../lib/session';
import { ResendConfirmation } from './ResendConfirmation';
import './account.css';

const route = getRouteApi('/sign-in');

/** The message for a failed sign-in: wrong credentials, a malformed address, too many tries, or anything else. */
function problemOf(error: unknown): [string, Record<string, number>?] {
  if (!(error instanceof SignInRefused)) return ['signIn.errors.unreachable'];
  if (error.status === 401) return ['signIn.errors.wrong'];
  if (error.status === 403 && error.code === 'email_unverified') return ['signIn.errors.unconfirmed'];
  if (error.status === 422 || error.status === 400) return ['signIn.errors.invalid'];
  if (error.status === 429) return ['signIn.errors.tooMany', { count: Math.ceil((error.retryAfterSeconds ?? 60) / 60) }];
  return ['signIn.errors.failed'];
}

export function SignInPage() {
  const { t } = useTranslation();
  const { next } = route.useSearch();
  const navigate = route.useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const session = useSession();
  const signIn = useMutation({
    mutationFn: () => startSession(email.trim(), password),
    onSuccess: () => void navigate({ href: next ?? '/experts' }),
  });
  const failed = incomplete || signIn.isError;
  const problem = failed ? { 'aria-invalid': true, 'aria-describedby': 'sign-in-problem' } : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Checked here rather than by the browser, whose messages would not follow the chosen language.
    const complete = /^[^@\s]+@[^@\s]+$/.test(email.trim()) && password !== '';
    setIncomplete(!complete);
    if (complete) signIn.mutate();
  };
  return (
    <div className="page account-page">
      <h1>{t('signIn.title')}</h1>
      <form className="card account-form" onSubmit={submit} aria-describedby="sign-in-why" noValidate>
        <p id="sign-in-why">{t('signIn.why')}</p>
        <label>
          {t('signIn.email')}
          <input type="email" name="email" autoComplete="email" required maxLength={320} value={email} {...problem}
                 onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          {t('signIn.password')}
          <input type="password" name="password" autoComplete="current-password" required maxLength={200}
                 value={password} {...problem} onChange={(event) => setPassword(event.target.value)} />
        </label>
        {!failed && session.status === 'signed-out' && session.ended && (
          <p role="status" className="notice">{t('signIn.ended')}</p>
        )}
        {failed && (
          <p id="sign-in-problem" role="alert" className="error">
            {incomplete ? t('signIn.errors.invalid') : t(...problemOf(signIn.error))}
          </p>
        )}
        <button type="submit" disabled={signIn.isPending}>
          {t(signIn.isPending ? 'signIn.signingIn' : 'signIn.submit')}
        </button>
      </form>
      {signIn.error instanceof SignInRefused && signIn.error.code === 'email_unverified' && (
        <ResendConfirmation email={email.trim()} />
      )}
      <p className="account-links">
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        <Link to="/sign-up" search={next ? { next } : {}}>{t('signIn.signUp')}</Link>
      </p>
    </div>
  );
}
