// "Send the link again" for an address not confirmed yet: the registry answers the same for any address.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { registry } from '../../lib/api/clients';
import { emailLanguage } from './language';

export function ResendConfirmation({ email }: { email: string }) {
  const { t, i18n } = useTranslation();
  const resend = useMutation({
    mutationFn: async () => (await registry.POST('/users/verification-email', {
      body: { email, language: emailLanguage(i18n.resolvedLanguage) } })).data!,
  });
  if (resend.isSuccess) return <p role="status" className="notice">{t('account.resent', { email })}</p>;
  return (
    <p>
      <button type="button" className="secondary" disabled={resend.isPending} onClick={() => resend.mutate()}>
        {t('account.resend')}
      </button>
      {resend.isError && <span role="alert" className="error"> {t('account.errors.failed')}</span>}
    </p>
  );
}
