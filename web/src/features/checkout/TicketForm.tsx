// Choosing tickets and saying who buys them, then "Reserve": one attempt, one Idempotency-Key, however often
// it is retried or the page reloaded (see attempt.ts).
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { type Availability, type EventRead, heldOrderKey, type OrderCreate, placeOrder } from './api';
import { type Attempt, attemptFor, type CheckoutForm, type StoredCheckout } from './attempt';
import { chosen, type Offer, offersOf, soldOut, subtotals } from './offers';
import { type Problem, problemOf } from './problems';
import { ProblemMessage } from './ProblemMessage';

type Update = (change: (current: StoredCheckout) => StoredCheckout) => StoredCheckout;
type FieldErrors = Partial<Record<'tickets' | 'name' | 'email' | string, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function TicketForm({ event, availability, stored, update, onSeatsChanged }: {
  event: EventRead; availability: Availability; stored: StoredCheckout; update: Update; onSeatsChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<(Problem & { body?: OrderCreate }) | null>(
    stored.attempt?.unanswered ? { kind: 'offline', definite: false } : null); // reloaded mid-request
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const locale = i18n.language;
  const offers = offersOf(event, availability, new Date());
  const form = stored.form;
  const lines = chosen(offers, form);
  const locked = sending || Boolean(stored.attempt?.unanswered);

  if (soldOut(offers) && !stored.attempt?.unanswered) { // an unanswered attempt may hold the last seats itself
    return (
      <section className="card checkout-sold-out" aria-labelledby="sold-out-heading">
        <h2 id="sold-out-heading">{t('checkout.soldOut.heading')}</h2>
        <p>{t('checkout.soldOut.text')}</p>
        <p><Link to="/events/$eventId" params={{ eventId: event.id }}>{t('checkout.backToEvent')}</Link></p>
      </section>
    );
  }
  if (!offers.some((o) => o.state === 'onSale') && !stored.attempt?.unanswered) {
    return <p className="card" role="status">{t('checkout.notOnSale')}</p>;
  }

  const setForm = (change: Partial<CheckoutForm>, fixes?: string) => {
    update((c) => ({ ...c, form: { ...c.form, ...change } }));
    if (fixes) setErrors(({ [fixes]: _fixed, ...rest }) => rest); // the error goes once the field is changed
  };

  async function send(attempt: Attempt) {
    setSending(true);
    setProblem(null);
    try {
      const { placed, skewMs } = await placeOrder(attempt.body, attempt.key);
      const { secret, ...order } = placed;
      queryClient.setQueryData(heldOrderKey(order.id), { order, skewMs });
      update((c) => ({ ...c, attempt: { ...attempt, unanswered: false }, order: { id: order.id, secret } }));
    } catch (error) {
      const found = problemOf(error);
      if (found.definite) update((c) => ({ ...c, attempt: undefined })); // nothing placed: a new key next time
      if (found.kind === 'seats' || found.kind === 'overMaximum' || found.kind === 'salesClosed') onSeatsChanged();
      setProblem({ ...found, body: attempt.body });
    } finally {
      setSending(false);
    }
  }

  function submit(submitted: FormEvent) {
    submitted.preventDefault();
    const found = validate(offers, form, t);
    setErrors(found);
    if (Object.keys(found).length) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const body: OrderCreate = {
      event_id: event.id,
      buyer: { name: form.name.trim(), email: form.email.trim(), language: i18n.resolvedLanguage ?? 'en' },
      lines: lines.map(({ offer, quantity }) => ({ ticket_type_id: offer.type.id, quantity })),
      voucher_code: form.voucher.trim() || null,
    };
    void send(update((c) => ({ ...c, attempt: attemptFor(c.attempt, body) })).attempt!);
  }

  const abandon = () => { update((c) => ({ ...c, attempt: undefined })); setProblem(null); };
  const described = (id: string, error?: string) => (error ? `${id}-hint ${id}-error` : `${id}-hint`);

  return (
    <form ref={formRef} className="checkout-form" onSubmit={submit} noValidate>
      <fieldset className="card" disabled={locked}>
        <legend>{t('checkout.tickets.legend')}</legend>
        {errors.tickets && <p id="tickets-error" className="error">{errors.tickets}</p>}
        <ul className="checkout-offers">
          {offers.map((offer) => {
            const id = `quantity-${offer.type.id}`;
            const error = errors[offer.type.id];
            return (
              <li key={offer.type.id} className="checkout-offer">
                <label htmlFor={id}>
                  {offer.type.name}
                  <span className="checkout-price">{priceText(offer, locale, t)}</span>
                </label>
                <input id={id} type="number" inputMode="numeric" min={0} max={Math.max(offer.most, 0)} step={1}
                  value={form.quantities[offer.type.id] ?? 0} disabled={offer.state !== 'onSale'}
                  aria-invalid={error || errors.tickets ? true : undefined}
                  aria-describedby={described(id, error) + (errors.tickets ? ' tickets-error' : '')}
                  onChange={(e) => setForm({ quantities: { ...form.quantities, [offer.type.id]: quantityOf(e.target.value) } }, offer.type.id)} />
                <p id={`${id}-hint`} className="muted hint">{hintText(offer, t)}</p>
                {error && <p id={`${id}-error`} className="error">{error}</p>}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className="card" disabled={locked}>
        <legend>{t('checkout.buyer.legend')}</legend>
        <div className="checkout-fields">
          <label>
            {t('checkout.buyer.name')}
            <input value={form.name} autoComplete="name" aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? 'name-error' : undefined} onChange={(e) => setForm({ name: e.target.value }, 'name')} />
            {errors.name && <span id="name-error" className="error">{errors.name}</span>}
          </label>
          <label>
            {t('checkout.buyer.email')}
            <input type="email" value={form.email} autoComplete="email" aria-invalid={errors.email ? true : undefined}
              aria-describedby={errors.email ? 'email-hint email-error' : 'email-hint'}
              onChange={(e) => setForm({ email: e.target.value }, 'email')} />
            <span id="email-hint" className="muted hint">{t('checkout.buyer.emailHint')}</span>
            {errors.email && <span id="email-error" className="error">{errors.email}</span>}
          </label>
          <label>
            {t('checkout.voucher.label')}
            <input value={form.voucher} autoComplete="off" autoCapitalize="characters" spellCheck={false}
              aria-describedby="voucher-hint" onChange={(e) => setForm({ voucher: e.target.value })} />
            <span id="voucher-hint" className="muted hint">{t('checkout.voucher.hint')}</span>
          </label>
        </div>
      </fieldset>
      <section className="card checkout-summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('checkout.summary.heading')}</h2>
        {lines.length === 0 ? <p className="muted">{t('checkout.summary.empty')}</p> : (
          <>
            <ul className="checkout-lines">
              {lines.map(({ offer, quantity }) => (
                <li key={offer.type.id}>
                  <span>{t('checkout.summary.line', { count: quantity, name: offer.type.name })}</span>
                  <span>{formatMoney({ amount_minor: offer.type.price.amount * quantity, currency: offer.type.price.currency }, locale)}</span>
                </li>
              ))}
            </ul>
            <p className="checkout-total">
              <span>{t('checkout.summary.total')}</span>
              <strong>{subtotals(lines).map((money) => formatMoney(money, locale)).join(' + ')}</strong>
            </p>
            {form.voucher.trim() && <p className="muted hint">{t('checkout.summary.voucherLater')}</p>}
          </>
        )}
        {problem && <ProblemMessage problem={problem} offers={offers} body={problem.body} />}
        <div className="checkout-actions">
          {stored.attempt?.unanswered && !sending ? (
            <>
              <button type="button" onClick={() => void send(stored.attempt!)}>{t('checkout.retry')}</button>
              <button type="button" className="secondary" onClick={abandon}>{t('checkout.change')}</button>
            </>
          ) : (
            <button type="submit" disabled={sending}>{sending ? t('checkout.reserving') : t('checkout.reserve')}</button>
          )}
        </div>
      </section>
    </form>
  );
}

function quantityOf(text: string): number {
  const number = Number.parseInt(text, 10);
  return Number.isNaN(number) || number < 0 ? 0 : number;
}

type T = (key: string, options?: Record<string, unknown>) => string;

function priceText(offer: Offer, locale: string, t: T): string {
  const { amount, currency } = offer.type.price;
  return amount === 0 ? t('checkout.tickets.free') : formatMoney({ amount_minor: amount, currency }, locale);
}

function hintText(offer: Offer, t: T): string {
  if (offer.state === 'soldOut') return t('checkout.tickets.soldOut');
  if (offer.state === 'notYet') return t('checkout.tickets.notYet');
  if (offer.state === 'ended') return t('checkout.tickets.ended');
  return t('checkout.tickets.limits', { most: offer.type.max_per_order, count: offer.left });
}

function validate(offers: Offer[], form: CheckoutForm, t: T): FieldErrors {
  const errors: FieldErrors = {};
  const lines = chosen(offers, form);
  if (lines.length === 0) errors.tickets = t('checkout.errors.noTickets');
  for (const { offer, quantity } of lines) {
    if (quantity > offer.type.max_per_order) {
      errors[offer.type.id] = t('checkout.problems.overMaximum', { count: offer.type.max_per_order, name: offer.type.name });
    } else if (quantity > offer.left) {
      errors[offer.type.id] = t('checkout.errors.fewerLeft', { count: offer.left, name: offer.type.name });
    }
  }
  if (!form.name.trim()) errors.name = t('checkout.errors.name');
  if (!EMAIL.test(form.email.trim())) errors.email = t('checkout.errors.email');
  return errors;
}
