// /forgot-password: an e-mail address; the registry sends a reset link if it has an account, and says the same
// either way.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registry } from '../../lib/api/clients';
import { emailLanguage } from './language';
import './account.css';

export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const ask = useMutation({
    mutationFn: async () => (await registry.POST('/auth/password-reset', {
      body: { email: email.trim(), language: emailLanguage(i18n.resolvedLanguage) } })).data!,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const complete = /^[^@\s]+@[^@\s]+$/.test(email.trim());
    setIncomplete(!complete);
    if (complete) ask.mutate();
  };
  return (
    <div className="page account-page">
      <h1>{t('forgot.title')}</h1>
      {ask.isSuccess ? <p role="status" className="card">{t('forgot.sent', { email: email.trim() })}</p> : (
        <form className="card account-form" onSubmit={submit} noValidate>
          <p>{t('forgot.why')}</p>
          <label>{t('signIn.email')}
            <input type="email" name="email" autoComplete="email" maxLength={320} value={email}
                   onChange={(event) => setEmail(event.target.value)}
                   {...(incomplete ? { 'aria-invalid': true, 'aria-describedby': 'forgot-problem' } : {})} />
          </label>
          {(incomplete || ask.isError) && (
            <p id="forgot-problem" role="alert" className="error">
              {t(incomplete ? 'forgot.invalid' : 'account.errors.failed')}
            </p>
          )}
          <button type="submit" disabled={ask.isPending}>{t('forgot.submit')}</button>
        </form>
      )}
    </div>
  );
}
