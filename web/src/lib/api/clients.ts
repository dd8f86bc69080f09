// Typed clients for the four services, generated from their OpenAPI documents (npm run clients).
// Every call goes through the one reverse proxy at /api/<service>/, as in production.
import createClient, { type Middleware } from 'openapi-fetch';
import { currentSession } from '../session';
import type { paths as BillingPaths } from './generated/billing';
import type { paths as EventsPaths } from './generated/events';
import type { paths as NotificationsPaths } from './generated/notifications';
import type { paths as RegistryPaths } from './generated/registry';

const API_ROOT = '/api';

/** A failed call with the service's problem: its message (`detail`) and its stable `code`, so pages can say
 * what went wrong. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: unknown,
    readonly code?: string,
  ) {
    super(typeof detail === 'string' ? detail : `HTTP ${status}`);
  }
}

const throwOnError: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return undefined;
    const body = await response.clone().json().catch(() => null);
    throw new ApiError(response.status, body?.detail ?? body, typeof body?.code === 'string' ? body.code : undefined);
  },
};

/** Calls carry the signed-in person's access token; anonymous calls carry none. */
const bearer: Middleware = {
  async onRequest({ request }) {
    const session = currentSession();
    if (session.status === 'signed-in' && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    }
    return request;
  },
};

function client<Paths extends {}>(service: string) {
  const api = createClient<Paths>({ baseUrl: `${API_ROOT}/${service}` });
  api.use(bearer, throwOnError);
  return api;
}

export const registry = client<RegistryPaths>('registry');
export const events = client<EventsPaths>('events');
export const billing = client<BillingPaths>('billing');
export const notifications = client<NotificationsPaths>('notifications');

/** The address of a service resource for links and <img> (QR codes, calendar files). */
export function apiUrl(service: 'registry' | 'events' | 'billing' | 'notifications', path: string): string {
  return `${API_ROOT}/${service}${path}`;
}
