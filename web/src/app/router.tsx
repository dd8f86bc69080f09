// Every page of the app and the search parameters it keeps in the address.
import { createRootRoute, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { EventPage } from '../features/catalogue/EventPage';
import { catalogueSearch } from '../features/catalogue/search';
import { CheckInPage } from '../features/check-in/CheckInPage';
import { CheckoutPage } from '../features/checkout/CheckoutPage';
import { ExpertSearchPage } from '../features/expert-map/ExpertSearchPage';
import { StatsPage } from '../features/expert-map/StatsPage';
import { expertSearch, statsSearch } from '../features/expert-map/search';
import { OrderPage } from '../features/orders/OrderPage';
import { orderSearch } from '../features/orders/search';
import { ExpertProfilePage } from '../features/profiles/ExpertProfilePage';
import { NetworkProfilePage } from '../features/profiles/NetworkProfilePage';
import { OrganisationProfilePage } from '../features/profiles/OrganisationProfilePage';
import { PartnershipProfilePage } from '../features/profiles/PartnershipProfilePage';
import { ResourceMapPage } from '../features/resource-map/ResourceMapPage';
import { resourceSearch } from '../features/resource-map/search';
import { ForgotPasswordPage } from '../features/account/ForgotPasswordPage';
import { InvitationPage } from '../features/account/InvitationPage';
import { ResetPasswordPage } from '../features/account/ResetPasswordPage';
import { SignInPage } from '../features/account/SignInPage';
import { SignUpPage } from '../features/account/SignUpPage';
import { VerifyEmailPage } from '../features/account/VerifyEmailPage';
import { linkSearch, signInSearch } from '../features/account/search';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

const root = createRootRoute({ component: AppShell, notFoundComponent: NotFoundPage });
// The graph (sigma, graphology) and the map load with their pages, not with the app.
const NetworkGraphPage = lazyRouteComponent(() => import('../features/expert-map/NetworkGraphPage'), 'NetworkGraphPage');
const GeoMapPage = lazyRouteComponent(() => import('../features/expert-map/GeoMapPage'), 'GeoMapPage');
const page = <P extends string>(path: P) => ({ getParentRoute: () => root, path }) as const;

const routes = [
  createRoute({ ...page('/'), beforeLoad: () => { throw redirect({ to: '/experts' }); } }),
  createRoute({ ...page('/experts'), component: ExpertSearchPage, validateSearch: expertSearch }),
  createRoute({ ...page('/experts/graph'), component: NetworkGraphPage, validateSearch: expertSearch }),
  createRoute({ ...page('/experts/geo'), component: GeoMapPage, validateSearch: expertSearch }),
  createRoute({ ...page('/network/stats'), component: StatsPage, validateSearch: statsSearch }),
  createRoute({ ...page('/experts/$expertId'), component: ExpertProfilePage }),
  createRoute({ ...page('/organisations/$organisationId'), component: OrganisationProfilePage }),
  createRoute({ ...page('/partnerships/$partnershipId'), component: PartnershipProfilePage }),
  createRoute({ ...page('/networks/$networkId'), component: NetworkProfilePage }),
  createRoute({ ...page('/resources'), component: ResourceMapPage, validateSearch: resourceSearch }),
  createRoute({ ...page('/events'), component: CataloguePage, validateSearch: catalogueSearch }),
  createRoute({ ...page('/events/$eventId'), component: EventPage }),
  createRoute({ ...page('/events/$eventId/checkout'), component: CheckoutPage }),
  createRoute({ ...page('/orders/$orderId'), component: OrderPage, validateSearch: orderSearch }),
  createRoute({ ...page('/sign-in'), component: SignInPage, validateSearch: signInSearch }),
  createRoute({ ...page('/sign-up'), component: SignUpPage, validateSearch: signInSearch }),
  createRoute({ ...page('/verify-email'), component: VerifyEmailPage, validateSearch: linkSearch }),
  createRoute({ ...page('/forgot-password'), component: ForgotPasswordPage }),
  createRoute({ ...page('/reset-password'), component: ResetPasswordPage, validateSearch: linkSearch }),
  createRoute({ ...page('/invitations/$invitationId'), component: InvitationPage, validateSearch: linkSearch }),
  createRoute({ ...page('/organise/events/$eventId/check-in'), component: CheckInPage }),
] as const;

export const router = createRouter({
  routeTree: root.addChildren(routes),
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
