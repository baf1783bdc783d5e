import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The URL parameter that holds the 1-based page number of a list. */
export const PAGE_PARAM = 'pagina';

/**
 * List state (filters, sort, page) kept in the URL, so that reload, back and a
 * shared link show the same list. Values equal to their default are left out of
 * the URL. Changing anything but the page goes back to the first page.
 */
export function useSearchState<K extends string>(defaults: Record<K, string>) {
  const [params, setParams] = useSearchParams();

  const values = useMemo(() => {
    const result = {} as Record<K, string>;
    for (const key of Object.keys(defaults) as K[]) {
      result[key] = params.get(key) ?? defaults[key];
    }
    return result;
  }, [params, defaults]);

  const rawPage = Number.parseInt(params.get(PAGE_PARAM) ?? '1', 10);
  const page = Number.isFinite(rawPage) && rawPage > 0 ? rawPage - 1 : 0;

  const update = useCallback(
    (changes: Partial<Record<K, string>>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes) as [K, string | undefined][]) {
          if (value === undefined) continue; // not part of this change
          if (value === '' || value === defaults[key]) next.delete(key);
          else next.set(key, value);
        }
        next.delete(PAGE_PARAM);
        return next;
      });
    },
    [setParams, defaults],
  );

  const setPage = useCallback(
    (zeroBasedPage: number) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (zeroBasedPage <= 0) next.delete(PAGE_PARAM);
        else next.set(PAGE_PARAM, String(zeroBasedPage + 1));
        return next;
      });
    },
    [setParams],
  );

  const reset = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  return { values, page, update, setPage, reset };
}
