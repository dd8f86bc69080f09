// A network's public profile: its partnerships with this period's champion, and the events within it.
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { EventList } from './EventList';
import { PartnershipLinks } from './Links';
import { formatDate } from '../../lib/format';
import { useEventsBy, useNetwork, usePartnerships, type Network } from './queries';
import './profiles.css';

export function NetworkProfilePage() {
  const { networkId } = useParams({ from: '/networks/$networkId' });
  const network = useNetwork(networkId);
  return (
    <div className="page profile">
      <QueryState query={network}>{(found) => <NetworkProfile network={found} />}</QueryState>
    </div>
  );
}

function NetworkProfile({ network }: { network: Network }) {
  const { t, i18n } = useTranslation();
  const partnerships = usePartnerships({ networkId: network.id });
  const events = useEventsBy({ network: network.id }, i18n.language);
  const today = new Date().toISOString().slice(0, 10);
  const champion = network.champions.find((c) => c.period_start <= today && today <= c.period_end);
  return (
    <>
      <header className="card profile-head">
        <p className="profile-kicker">{t('profiles.network.kicker')}</p>
        <h1>{network.name}</h1>
        <p className="muted">{t('profiles.network.partnerships', { count: network.partnership_ids.length })}</p>
        {champion && (
          <p className="muted">{t('profiles.network.championPeriod', {
            start: formatDate(champion.period_start, i18n.language), end: formatDate(champion.period_end, i18n.language),
          })}</p>
        )}
      </header>
      {network.description && (
        <section aria-labelledby="network-about" className="card">
          <h2 id="network-about">{t('profiles.network.about')}</h2>
          <p className="profile-text">{network.description}</p>
        </section>
      )}
      <section aria-labelledby="network-partnerships" className="card">
        <h2 id="network-partnerships">{t('profiles.partnerships.heading')}</h2>
        <QueryState query={partnerships}>
          {(found) => <PartnershipLinks partnerships={found} champion={champion?.partnership_id} />}
        </QueryState>
        <p className="profile-more">
          <Link to="/experts" search={{ network: network.id }}>{t('profiles.network.experts')}</Link>
          <Link to="/events" search={{ network: network.id }}>{t('profiles.network.allEvents')}</Link>
          <Link to="/resources">{t('profiles.resources.all')}</Link>
        </p>
      </section>
      <EventList query={events} heading={t('profiles.network.events')} />
    </>
  );
}
