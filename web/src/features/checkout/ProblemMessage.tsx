// One refusal or failure in plain words, with what the buyer can do about it.
import { useTranslation } from 'react-i18next';
import type { OrderCreate } from './api';
import type { Offer } from './offers';
import type { Problem } from './problems';

export function ProblemMessage({ problem, offers, body }: { problem: Problem; offers: Offer[]; body?: OrderCreate }) {
  const { t } = useTranslation();
  const lineType = problem.line !== undefined ? body?.lines[problem.line]?.ticket_type_id : undefined;
  const offer = offers.find((o) => o.type.id === lineType);
  let text: string;
  if (problem.kind === 'seats') {
    text = offers.every((o) => o.left <= 0) ? t('checkout.problems.soldOut') : t('checkout.problems.notEnoughSeats');
  } else if (problem.kind === 'overMaximum') {
    text = offer ? t('checkout.problems.overMaximum', { count: offer.type.max_per_order, name: offer.type.name })
      : t('checkout.problems.overMaximumAny');
  } else {
    text = t(`checkout.problems.${problem.kind}`);
  }
  return <p role="alert" className="error checkout-problem">{text}</p>;
}
