// /sign-up: name, e-mail and password; then "check your e-mail": the account signs in once its address is
// confirmed by the link the registry e-mails.
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, registry } from '../../lib/api/clients';
import { emailLanguage } from './language';
import { ResendConfirmation } from './ResendConfirmation';
import './account.css';

const route = getRouteApi('/sign-up');
const MIN_PASSWORD = 10;

function problemOf(error: unknown): string {
  if (!(error instanceof ApiError)) return 'account.errors.unreachable';
  if (error.status === 409) return 'signUp.errors.taken';
  if (error.status === 422) return 'signUp.errors.invalid';
  return 'account.errors.failed';
}

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const { next } = route.useSearch();
  const [fields, setFields] = useState({ name: '', email: '', password: '' });
  const [incomplete, setIncomplete] = useState(false);
  const signUp = useMutation({
    mutationFn: async () => (await registry.POST('/users', { body: {
      name: fields.name.trim(), email: fields.email.trim(), password: fields.password, operator: false,
      language: emailLanguage(i18n.resolvedLanguage) } })).data!,
  });
  if (signUp.isSuccess) {
    return (
      <div className="page account-page">
        <h1>{t('signUp.checkTitle')}</h1>
        <div className="card account-form">
          <p role="status">{t('signUp.check', { email: fields.email.trim() })}</p>
          <ResendConfirmation email={fields.email.trim()} />
        </div>
      </div>
    );
  }
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const complete = fields.name.trim() !== '' && /^[^@\s]+@[^@\s]+$/.test(fields.email.trim())
      && fields.password.length >= MIN_PASSWORD && fields.password.trim() === fields.password;
    setIncomplete(!complete);
    if (complete) signUp.mutate();
  };
  const failed = incomplete || signUp.isError;
  const problem = failed ? { 'aria-invalid': true, 'aria-describedby': 'sign-up-problem' } : {};
  return (
    <div className="page account-page">
      <h1>{t('signUp.title')}</h1>
      <form className="card account-form" onSubmit={submit} noValidate>
        <label>{t('signUp.name')}
          <input name="name" autoComplete="name" maxLength={200} value={fields.name} onChange={set('name')} {...problem} />
        </label>
        <label>{t('signIn.email')}
          <input type="email" name="email" autoComplete="email" maxLength={320} value={fields.email}
                 onChange={set('email')} {...problem} />
        </label>
        <label>{t('signIn.password')}
          <input type="password" name="password" autoComplete="new-password" maxLength={200} value={fields.password}
                 onChange={set('password')} aria-describedby="password-rule" {...problem} />
        </label>
        <p id="password-rule" className="muted">{t('signUp.passwordRule', { count: MIN_PASSWORD })}</p>
        {failed && (
          <p id="sign-up-problem" role="alert" className="error">
            {t(incomplete ? 'signUp.errors.invalid' : problemOf(signUp.error), { count: MIN_PASSWORD })}
          </p>
        )}
        <button type="submit" disabled={signUp.isPending}>{t(signUp.isPending ? 'signUp.signingUp' : 'signUp.submit')}</button>
      </form>
      <p className="account-links"><Link to="/sign-in" search={next ? { next } : {}}>{t('signUp.haveAccount')}</Link></p>
    </div>
  );
}
