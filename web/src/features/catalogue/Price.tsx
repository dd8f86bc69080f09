// The price range of an event's public ticket types, in words.
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { money, priceRange, type TicketSale } from './display';

export function PriceRange({ types }: { types: readonly TicketSale[] }) {
  const { t, i18n } = useTranslation();
  const range = priceRange(types);
  switch (range.kind) {
    case 'none':
      return <>{t('catalogue.price.none')}</>;
    case 'free':
      return <>{t('catalogue.price.free')}</>;
    case 'single':
      return <>{formatMoney(money(range.price), i18n.language)}</>;
    case 'from': {
      const price = formatMoney(money(range.price), i18n.language);
      return <>{t(range.alsoFree ? 'catalogue.price.freeOrFrom' : 'catalogue.price.from', { price })}</>;
    }
  }
}
