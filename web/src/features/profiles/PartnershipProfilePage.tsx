// A partnership's public profile: its member organisations and their roles, the networks it belongs to,
// what its members offer and the events it organises.
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { EventList } from './EventList';
import { OrganisationLinks } from './Links';
import { RequestCooperation } from './RequestCooperation';
import { ResourceList } from './ResourceList';
import { formatDate } from '../../lib/format';
import { useEventsBy, useNetworksOf, usePartnership, useResourcesOf, type Partnership } from './queries';
import './profiles.css';

export function PartnershipProfilePage() {
  const { partnershipId } = useParams({ from: '/partnerships/$partnershipId' });
  const partnership = usePartnership(partnershipId);
  return (
    <div className="page profile">
      <QueryState query={partnership}>{(found) => <PartnershipProfile partnership={found} />}</QueryState>
    </div>
  );
}

function PartnershipProfile({ partnership }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const memberIds = partnership.members.map((member) => member.organisation_id);
  const roles = Object.fromEntries(partnership.members.map((member) => [member.organisation_id, member.role]));
  const networks = useNetworksOf(partnership.id);
  const resources = useResourcesOf(memberIds);
  const events = useEventsBy({ organisers: [partnership.id] }, i18n.language);
  const start = partnership.period_start && formatDate(partnership.period_start, i18n.language);
  const end = partnership.period_end && formatDate(partnership.period_end, i18n.language);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <header className="card profile-head">
        <p className="profile-kicker">{t('profiles.partnership.kicker')}</p>
        <h1>{partnership.name}</h1>
        {partnership.programme && (
          <p className="muted">{t('profiles.partnership.programme', { programme: partnership.programme })}</p>
        )}
        {(start || end) && (
          <p className="muted">{start && end ? t('profiles.partnership.period', { start, end })
            : start ? t('profiles.partnership.since', { start }) : t('profiles.partnership.until', { end })}</p>
        )}
        {partnership.status !== 'active' && <p className="error">{t('profiles.partnership.inactive')}</p>}
        <RequestCooperation />
      </header>
      <div className="profile-grid">
        <section aria-labelledby="partnership-members" className="card">
          <h2 id="partnership-members">{t('profiles.partnership.members')}</h2>
          <OrganisationLinks ids={memberIds} roles={roles} />
        </section>
        <section aria-labelledby="partnership-networks" className="card">
          <h2 id="partnership-networks">{t('profiles.partnership.networks')}</h2>
          <QueryState query={networks}>
            {(found) => found.length === 0 ? <p className="muted">{t('profiles.partnership.noNetworks')}</p> : (
              <ul className="profile-list">
                {found.map((network) => {
                  const champion = network.champions.some((c) => c.partnership_id === partnership.id
                    && c.period_start <= today && today <= c.period_end);
                  return (
                    <li key={network.id}>
                      <Link to="/networks/$networkId" params={{ networkId: network.id }}>{network.name}</Link>
                      {champion && <> <span className="profile-badge">{t('profiles.network.champion')}</span></>}
                    </li>
                  );
                })}
              </ul>
            )}
          </QueryState>
        </section>
      </div>
      <ResourceList query={resources} />
      <EventList query={events} heading={t('profiles.partnership.events')} />
    </>
  );
}
