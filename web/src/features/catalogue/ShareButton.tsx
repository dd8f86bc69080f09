// Share this page: the system's share sheet where the browser has one, else the link to the clipboard.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Outcome = 'idle' | 'copied' | 'failed';

export function ShareButton({ title }: { title: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const url = window.location.href;

  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return; // the person closed the sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <span className="share">
      <button type="button" className="secondary" onClick={() => void share()}>{t('catalogue.actions.share')}</button>
      <span role="status" className={outcome === 'failed' ? 'share-status' : 'share-status success'}>
        {outcome === 'copied' && t('catalogue.actions.copied')}
        {outcome === 'failed' && t('catalogue.actions.copyFailed', { url })}
      </span>
    </span>
  );
}
