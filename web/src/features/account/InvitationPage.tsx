// /invitations/<id>?token=…: the link from an invitation e-mail. The invited person sees the organisation and
// the role and accepts: signed in as the invited address, or signing up on the way when it has no account.
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registry } from '../../lib/api/clients';
import { signIn, signOut, useSession } from '../../lib/session';
import { linkProblem } from './problems';
import './account.css';

const route = getRouteApi('/invitations/$invitationId');
const MIN_PASSWORD = 10;

export function InvitationPage() {
  const { t } = useTranslation();
  const { invitationId } = route.useParams();
  const { token } = route.useSearch();
  const invitation = useQuery({
    queryKey: ['invitation', invitationId, token],
    queryFn: async () => (await registry.GET('/invitations/{invitation_id}', {
      params: { path: { invitation_id: invitationId }, query: { token: token! } } })).data!,
    enabled: token !== undefined, retry: false,
  });
  return (
    <div className="page account-page">
      <h1>{t('invitation.title')}</h1>
      <div className="card account-form">
        {!token && <p role="alert" className="error">{t('account.link.unknown')}</p>}
        {invitation.isPending && token && <p role="status" className="muted">{t('state.loading')}</p>}
        {invitation.isError && <p role="alert" className="error">{t(linkProblem(invitation.error))}</p>}
        {invitation.isSuccess && <Invitation invitation={invitation.data} token={token!} />}
      </div>
    </div>
  );
}

type Invited = { id: string; organisation_id: string; organisation_name: string; email: string; role: 'admin' | 'member';
  account_exists: boolean };

function Invitation({ invitation, token }: { invitation: Invited; token: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const [fields, setFields] = useState({ name: '', password: '' });
  const [incomplete, setIncomplete] = useState(false);
  const accept = useMutation({
    mutationFn: async (signUp: boolean) => {
      const body = signUp ? { token, name: fields.name.trim(), password: fields.password } : { token };
      const accepted = (await registry.POST('/invitations/{invitation_id}/accept', {
        params: { path: { invitation_id: invitation.id } }, body })).data!;
      if (signUp) await signIn(invitation.email, fields.password);
      return accepted;
    },
  });
  const role = t(`invitation.roles.${invitation.role}`);
  const what = <p>{t('invitation.what', { organisation: invitation.organisation_name, role, email: invitation.email })}</p>;
  if (accept.isSuccess) {
    return (
      <>
        <p role="status" className="success">{t('invitation.done', { organisation: invitation.organisation_name, role })}</p>
        <p><Link to="/organisations/$organisationId" params={{ organisationId: invitation.organisation_id }}>
          {invitation.organisation_name}</Link></p>
      </>
    );
  }
  const failure = accept.isError && <p role="alert" className="error">{t(linkProblem(accept.error))}</p>;
  if (session.status === 'signed-in') {
    if (session.email?.toLowerCase() !== invitation.email.toLowerCase()) {
      return (
        <>{what}
          <p role="alert" className="error">{t('invitation.otherAccount', { email: invitation.email, who: session.email })}</p>
          <p><button type="button" className="secondary" onClick={() => void signOut()}>{t('account.signOut')}</button></p>
        </>
      );
    }
    return <>{what}{failure}
      <button type="button" disabled={accept.isPending} onClick={() => accept.mutate(false)}>{t('invitation.accept')}</button></>;
  }
  if (invitation.account_exists) {
    const back = `/invitations/${invitation.id}?token=${encodeURIComponent(token)}`;
    return <>{what}<p>{t('invitation.signInFirst', { email: invitation.email })}</p>
      <p><Link to="/sign-in" search={{ next: back }}>{t('account.signIn')}</Link></p></>;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const complete = fields.name.trim() !== '' && fields.password.length >= MIN_PASSWORD
      && fields.password.trim() === fields.password;
    setIncomplete(!complete);
    if (complete) accept.mutate(true);
  };
  return (
    <form className="account-form" onSubmit={submit} noValidate>
      {what}
      <p>{t('invitation.signUp')}</p>
      <label>{t('signUp.name')}
        <input name="name" autoComplete="name" maxLength={200} value={fields.name}
               onChange={(event) => setFields({ ...fields, name: event.target.value })} />
      </label>
      <label>{t('signIn.password')}
        <input type="password" autoComplete="new-password" maxLength={200} value={fields.password}
               onChange={(event) => setFields({ ...fields, password: event.target.value })} aria-describedby="invite-rule" />
      </label>
      <p id="invite-rule" className="muted">{t('signUp.passwordRule', { count: MIN_PASSWORD })}</p>
      {incomplete && <p role="alert" className="error">{t('signUp.errors.invalid', { count: MIN_PASSWORD })}</p>}
      {failure}
      <button type="submit" disabled={accept.isPending}>{t('invitation.acceptAndSignUp')}</button>
    </form>
  );
}
