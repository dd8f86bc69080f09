// What a page shows while its data loads or when loading failed: plain words, never a raw error.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/clients';

export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <p role="status" className="muted">{t('state.loading')}</p>;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return <p role="alert" className="error">{t(notFound ? 'state.notFound' : 'state.failed')}</p>;
  }
  return <>{children(query.data)}</>;
}
