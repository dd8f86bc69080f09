// When an event happens, in its own zone, and in the viewer's when that differs.
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime, inViewerZone } from '../../lib/format';
import { dayIn } from './display';

export function EventWhen({ starts, ends, zone }: { starts: string; ends: string; zone: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const sameDay = dayIn(starts, zone) === dayIn(ends, zone);
  const end = sameDay ? formatTime(ends, zone, locale) : formatDateTime(ends, zone, locale);
  const viewer = inViewerZone(starts, zone, locale);
  return (
    <>
      <time dateTime={starts}>{formatDateTime(starts, zone, locale)}</time>
      {' – '}
      <time dateTime={ends}>{end}</time>
      {viewer && <span className="event-when-viewer muted">{t('catalogue.when.yourTime', { time: viewer })}</span>}
    </>
  );
}
