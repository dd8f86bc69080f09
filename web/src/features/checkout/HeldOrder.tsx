// The reserved order: what is held and for how long, and "Pay", which goes to the provider's page and back
// to the order page. After the hold ends, or once paid, the buyer may start a new attempt.
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/clients';
import { formatMoney } from '../../lib/format';
import { type OrderRead, payUrl, useHeldOrder } from './api';
import { HoldCountdown, useRemaining } from '../../components/HoldCountdown';

const money = (m: { amount: number; currency: string }) => ({ amount_minor: m.amount, currency: m.currency });

export function HeldOrder({ orderId, secret, onStartOver }: {
  orderId: string; secret: string; onStartOver: (bought: boolean) => void;
}) {
  const { t } = useTranslation();
  const query = useHeldOrder(orderId, secret);
  if (query.isPending) return <p role="status" className="muted">{t('state.loading')}</p>;
  if (query.isError) {
    const gone = query.error instanceof ApiError && query.error.status === 404;
    return (
      <section className="card" aria-labelledby="held-heading">
        <h2 id="held-heading">{t(gone ? 'checkout.held.goneHeading' : 'checkout.held.unreachableHeading')}</h2>
        <p role="alert" className="error">{t(gone ? 'checkout.held.gone' : 'state.failed')}</p>
        {gone && <button type="button" onClick={() => onStartOver(false)}>{t('checkout.startOver')}</button>}
      </section>
    );
  }
  const { order, skewMs } = query.data;
  return <Held order={order} skewMs={skewMs} secret={secret} refetch={query.refetch} onStartOver={onStartOver} />;
}

function Held({ order, skewMs, secret, refetch, onStartOver }: {
  order: OrderRead; skewMs: number; secret: string; refetch: () => unknown; onStartOver: (bought: boolean) => void;
}) {
  const { t } = useTranslation();
  const running = useRemaining(order.expires_at, skewMs) > 0;
  useEffect(() => { if (!running) void refetch(); }, [running, refetch]); // hear how the server ended it
  const orderPage = (
    <Link to="/orders/$orderId" params={{ orderId: order.id }} search={{ key: secret }}>{t('checkout.held.orderLink')}</Link>
  );

  if (order.status === 'reserved' && running) {
    return (
      <section className="card checkout-held" aria-labelledby="held-heading">
        <h2 id="held-heading">{t('checkout.held.heading')}</h2>
        <HoldCountdown expiresAt={order.expires_at} skewMs={skewMs} />
        <OrderLines order={order} />
        {order.payment.status === 'declined' && <p role="alert" className="error">{t('checkout.held.declined')}</p>}
        <p className="muted hint">{t('checkout.held.payHint')}</p>
        <p className="checkout-actions"><a className="button" href={payUrl(order.id, secret)}>{t('checkout.pay')}</a></p>
        <p className="muted hint">{t('checkout.held.keepLink')} {orderPage}</p>
      </section>
    );
  }
  const ended = order.status === 'reserved' || order.status === 'expired' ? 'expired' : order.status;
  const paid = ended === 'paid' || ended === 'partially_refunded' || ended === 'refunded';
  return (
    <section className="card checkout-held" aria-labelledby="held-heading">
      <h2 id="held-heading">{t(`checkout.ended.${paid ? 'paid' : ended}.heading`)}</h2>
      <p role={paid ? 'status' : 'alert'} className={paid ? 'success' : 'error'}>{t(`checkout.ended.${paid ? 'paid' : ended}.text`)}</p>
      {paid && <p>{orderPage}</p>}
      <OrderLines order={order} />
      <button type="button" className={paid ? 'secondary' : undefined} onClick={() => onStartOver(paid)}>
        {t(paid ? 'checkout.buyMore' : 'checkout.startOver')}
      </button>
    </section>
  );
}

function OrderLines({ order }: { order: OrderRead }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <dl className="checkout-order">
      <div><dt>{t('checkout.held.reference')}</dt><dd className="checkout-reference">{order.id.slice(0, 8).toUpperCase()}</dd></div>
      {order.lines.map((line) => (
        <div key={line.ticket_type_id}>
          <dt>{t('checkout.summary.line', { count: line.quantity, name: line.ticket_type_name })}</dt>
          <dd>{formatMoney(money(line.subtotal), locale)}</dd>
        </div>
      ))}
      {order.discount && (
        <div>
          <dt>{t('checkout.held.discount', { code: order.voucher_code ?? '' })}</dt>
          <dd>−{formatMoney(money(order.discount), locale)}</dd>
        </div>
      )}
      <div className="checkout-total"><dt>{t('checkout.summary.total')}</dt><dd><strong>{formatMoney(money(order.total), locale)}</strong></dd></div>
    </dl>
  );
}
