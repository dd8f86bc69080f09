// What the registry's refusals mean to a person, as catalogue keys.
import { ApiError } from '../../lib/api/clients';

/** The catalogue key for a failed link: used already, expired, unknown, or anything else. */
export function linkProblem(error: unknown): string {
  if (!(error instanceof ApiError)) return 'account.errors.unreachable';
  if (error.status === 410) return error.code === 'link_expired' ? 'account.link.expired' : 'account.link.used';
  if (error.status === 404) return 'account.link.unknown';
  return 'account.errors.failed';
}
