// Billing's refusals as plain messages: each maps to a message key of checkout.problems and says whether
// the attempt is over (a definite refusal: the next try is a new attempt) or may be sent again as it is.
import { ApiError } from '../../lib/api/clients';

export type ProblemKind =
  | 'seats' | 'busy' | 'overMaximum' | 'salesClosed' | 'eventCancelled' | 'notOnSale' | 'mixedCurrencies'
  | 'voucherUnknown' | 'voucherExpired' | 'voucherNotYet' | 'voucherUsedUp' | 'voucherNotApplicable'
  | 'invalidEmail' | 'invalidName' | 'providerUnavailable' | 'serverError' | 'offline' | 'refused';

export interface Problem {
  kind: ProblemKind;
  /** Nothing was placed: the next Reserve is a new attempt with a new key. */
  definite: boolean;
  /** Which line of the request it is about (`lines[1]: ...`), if billing named one. */
  line?: number;
}

const RULES: [RegExp, ProblemKind][] = [
  [/^sold out for now/, 'busy'],
  [/^sold out/, 'seats'],
  [/^payment provider unavailable/, 'providerUnavailable'],
  [/^lines\[\d+\][.:].*at most \d+ tickets/, 'overMaximum'],
  [/^lines\[\d+\][.:].*(sales for .* (open|closed) at|no longer on sale)/, 'salesClosed'],
  [/^lines\[\d+\][.:].*unknown ticket type/, 'salesClosed'],
  [/^lines: ticket types priced in different currencies/, 'mixedCurrencies'],
  [/^event_id: .*cancelled/, 'eventCancelled'],
  [/^event_id: /, 'notOnSale'],
  [/^voucher_code: unknown voucher/, 'voucherUnknown'],
  [/^voucher_code: .* expired at/, 'voucherExpired'],
  [/^voucher_code: .* is valid from/, 'voucherNotYet'],
  [/^voucher_code: .* used up/, 'voucherUsedUp'],
  [/^voucher_code: /, 'voucherNotApplicable'],
  [/^buyer\.email/, 'invalidEmail'],
  [/^buyer\.name/, 'invalidName'],
];

export function problemOf(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { kind: 'offline', definite: false }; // no answer came
  const detail = typeof error.detail === 'string' ? error.detail : '';
  const line = /^lines\[(\d+)\]/.exec(detail);
  const kind = RULES.find(([pattern]) => pattern.test(detail))?.[1];
  if (kind === 'providerUnavailable' || error.status === 502 || error.status === 503 || error.status === 504) {
    return { kind: 'providerUnavailable', definite: false }; // billing asks for a retry with the same key
  }
  if (error.status >= 500) return { kind: 'serverError', definite: false };
  return { kind: kind ?? 'refused', definite: true, line: line ? Number(line[1]) : undefined };
}
