// The organiser and network filters: choices from the registry, and the value from a shared link even if unlisted.
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../lib/format';
import { useNetworks, useOrganiserChoices } from './queries';

interface Field {
  name: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
}

export function OrganiserSelect(field: Field) {
  const { t, i18n } = useTranslation();
  const { data } = useOrganiserChoices();
  const known = !field.value || !data
    || [...data.partnerships, ...data.organisations].some((o) => o.id === field.value);
  return (
    <label>
      {t('catalogue.filters.organiser')}
      <select {...field}>
        <option value="">{t('catalogue.filters.anyOrganiser')}</option>
        {!known && <option value={field.value}>{t('catalogue.filters.chosenOrganiser')}</option>}
        <optgroup label={t('catalogue.filters.partnerships')}>
          {data?.partnerships.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </optgroup>
        <optgroup label={t('catalogue.filters.organisations')}>
          {data?.organisations.map((o) => <option key={o.id} value={o.id}>{inLanguage(o.names, i18n.language, o.name)}</option>)}
        </optgroup>
      </select>
    </label>
  );
}

/** A network by id, or a programme by name: GET /events takes either. */
export function NetworkSelect(field: Field) {
  const { t } = useTranslation();
  const organisers = useOrganiserChoices();
  const networks = useNetworks();
  const programmes = [...new Set((organisers.data?.partnerships ?? []).map((p) => p.programme).filter(Boolean))] as string[];
  const known = !field.value || programmes.includes(field.value) || (networks.data ?? []).some((n) => n.id === field.value);
  return (
    <label>
      {t('catalogue.filters.network')}
      <select {...field}>
        <option value="">{t('catalogue.filters.anyNetwork')}</option>
        {!known && <option value={field.value}>{field.value}</option>}
        <optgroup label={t('catalogue.filters.networks')}>
          {networks.data?.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
        </optgroup>
        <optgroup label={t('catalogue.filters.programmes')}>
          {programmes.map((name) => <option key={name} value={name}>{name}</option>)}
        </optgroup>
      </select>
    </label>
  );
}
