// The phone's camera as a scanner: QR codes decoded in JavaScript (Chromium on Linux has no BarcodeDetector),
// each code handed on once until it leaves the picture for a moment, so one ticket held up is one scan.
import QrScanner from 'qr-scanner';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SAME_CODE_PAUSE_MS = 3_000;

export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const handler = useRef(onCode);
  handler.current = onCode;
  const [state, setState] = useState<'starting' | 'scanning' | 'unavailable'>('starting');

  useEffect(() => {
    if (!video.current) return undefined;
    let last = { code: '', at: 0 };
    const scanner = new QrScanner(video.current, ({ data }) => {
      const now = Date.now();
      if (data && (data !== last.code || now - last.at > SAME_CODE_PAUSE_MS)) handler.current(data);
      if (data) last = { code: data, at: now };
    }, { returnDetailedScanResult: true, maxScansPerSecond: 5, preferredCamera: 'environment' });
    scanner.start().then(() => setState('scanning'), () => setState('unavailable'));
    return () => scanner.destroy();
  }, []);

  return (
    <div className="camera">
      <video ref={video} muted playsInline aria-label={t('checkIn.camera.label')} />
      <p className="muted" role="status">{t(`checkIn.camera.${state}`)}</p>
    </div>
  );
}
