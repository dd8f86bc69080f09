// How long the seats stay held (at checkout and on the order page): the clock ticks every second on screen, while screen readers hear at most
// one polite update a minute (a per-second live region would talk over everything else).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './HoldCountdown.css';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / SECOND));
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Milliseconds until `expiresAt` by the server's clock (ours plus `skewMs`), updated every second. */
export function useRemaining(expiresAt: string, skewMs: number): number {
  const until = Date.parse(expiresAt);
  const [left, setLeft] = useState(() => until - (Date.now() + skewMs));
  useEffect(() => {
    const tick = () => setLeft(until - (Date.now() + skewMs));
    tick();
    const timer = setInterval(tick, SECOND);
    return () => clearInterval(timer);
  }, [until, skewMs]);
  return left;
}

export function HoldCountdown({ expiresAt, skewMs }: { expiresAt: string; skewMs: number }) {
  const { t } = useTranslation();
  const left = useRemaining(expiresAt, skewMs);
  const expired = left <= 0;
  const minutes = Math.ceil(left / MINUTE);
  const spoken = expired ? t('hold.expiredShort')
    : minutes <= 1 ? t('hold.lastMinute') : t('hold.minutesLeft', { count: minutes });
  return (
    <div className={expired ? 'hold-countdown expired' : 'hold-countdown'}>
      <p>
        <span id="hold-label">{t('hold.label')}</span>{' '}
        <span role="timer" aria-labelledby="hold-label" className="hold-clock">{clock(left)}</span>
      </p>
      <p className="visually-hidden" aria-live="polite">{spoken}</p>
    </div>
  );
}
