// /organise/events/<id>/check-in: the door. The camera scans ticket QR codes; a USB or Bluetooth scanner types
// into the focused field and presses Enter; a code can be typed by hand. Each answer is shown large and in
// colour, the field stays ready for the next ticket whatever the answer, and the counts update live.
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { formatTime, viewerTimeZone } from '../../lib/format';
import { useSession } from '../../lib/session';
import { type Counts, type Verdict, useCheckIn, useCheckInCounts, useEventTitle } from './api';
import { CameraScanner } from './CameraScanner';
import './check-in.css';

const route = getRouteApi('/organise/events/$eventId/check-in');

export function CheckInPage() {
  const { eventId } = route.useParams();
  const { t } = useTranslation();
  const session = useSession();
  if (session.status === 'unknown') return <p role="status" className="muted">{t('state.loading')}</p>;
  if (session.status === 'signed-out') {
    return (
      <div className="page">
        <h1>{t('checkIn.title')}</h1>
        <p className="card">
          {t('checkIn.signInFirst')}{' '}
          <Link to="/sign-in" search={{ next: `/organise/events/${eventId}/check-in` }}>{t('account.signIn')}</Link>
        </p>
      </div>
    );
  }
  return <Door eventId={eventId} />;
}

function Door({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const title = useEventTitle(eventId, i18n.resolvedLanguage ?? i18n.language);
  const checkIn = useCheckIn(eventId);
  const counts = useCheckInCounts(eventId);
  const [code, setCode] = useState('');
  const [camera, setCamera] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const scan = (scanned: string) => {
    const trimmed = scanned.trim();
    if (trimmed) checkIn.mutate(trimmed);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    scan(code);
    setCode('');
    field.current?.focus();
  };
  return (
    <div className="page check-in">
      <h1>{t('checkIn.title')}{title.data && <span className="check-in-event">{title.data}</span>}</h1>
      <Answer verdict={checkIn.data} failed={checkIn.isError} pending={checkIn.isPending} />
      <form className="card check-in-form" onSubmit={submit}>
        <label>
          {t('checkIn.code')}
          <input ref={field} value={code} onChange={(event) => setCode(event.target.value)} autoFocus
                 autoComplete="off" autoCapitalize="off" spellCheck={false} maxLength={200} />
        </label>
        <p className="muted">{t('checkIn.codeHint')}</p>
        <div className="check-in-actions">
          <button type="submit">{t('checkIn.submit')}</button>
          <button type="button" className="secondary" aria-pressed={camera} onClick={() => setCamera(!camera)}>
            {t(camera ? 'checkIn.camera.stop' : 'checkIn.camera.start')}
          </button>
        </div>
        {camera && <CameraScanner onCode={scan} />}
      </form>
      <section className="card" aria-labelledby="check-in-counts">
        <h2 id="check-in-counts">{t('checkIn.counts.title')}</h2>
        <QueryState query={counts}>{(data) => <CountsTable counts={data} />}</QueryState>
      </section>
    </div>
  );
}

function Answer({ verdict, failed, pending }: { verdict?: Verdict; failed: boolean; pending: boolean }) {
  const { t, i18n } = useTranslation();
  // The door is at the venue: its own clock's time is the one the staff read.
  const when = (iso: string) => formatTime(iso, viewerTimeZone(), i18n.resolvedLanguage ?? i18n.language);
  if (failed) return <p className="verdict verdict-refused" role="alert">{t('checkIn.verdict.failed')}</p>;
  if (!verdict) return <p className="verdict verdict-idle" role="status">{t(pending ? 'checkIn.checking' : 'checkIn.ready')}</p>;
  const tone = verdict.result === 'admitted' ? 'admitted' : verdict.result === 'already_checked_in' ? 'warning' : 'refused';
  return (
    <div className={`verdict verdict-${tone}`} role="alert">
      <p className="verdict-word">{t(`checkIn.verdict.${verdict.result}`, {
        time: verdict.checked_in_at ? when(verdict.checked_in_at) : '' })}</p>
      {verdict.ticket_type_name && <p className="verdict-detail">{verdict.ticket_type_name}</p>}
    </div>
  );
}

function CountsTable({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const total = counts.ticket_types.reduce((sum, type) => ({ issued: sum.issued + type.issued,
    checked_in: sum.checked_in + type.checked_in }), { issued: 0, checked_in: 0 });
  return (
    <div className="table-wrap">
      <table>
        <thead><tr><th scope="col">{t('checkIn.counts.type')}</th><th scope="col">{t('checkIn.counts.in')}</th></tr></thead>
        <tbody>
          {counts.ticket_types.map((type) => (
            <tr key={type.ticket_type_id}>
              <th scope="row">{type.name}</th>
              <td>{t('checkIn.counts.of', { in: type.checked_in, issued: type.issued })}</td>
            </tr>
          ))}
        </tbody>
        <tfoot><tr><th scope="row">{t('checkIn.counts.total')}</th>
          <td>{t('checkIn.counts.of', { in: total.checked_in, issued: total.issued })}</td></tr></tfoot>
      </table>
    </div>
  );
}
