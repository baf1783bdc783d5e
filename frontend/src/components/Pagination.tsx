import { nl } from '@/lib/i18n/nl';

export interface PaginationProps {
  /** 0-based current page. */
  page: number;
  totalPages: number;
  onPageChange: (page: number) => void;
}

/** Previous/next paging with "Pagina 2 van 3"; nothing when everything fits on one page. */
export function Pagination({ page, totalPages, onPageChange }: PaginationProps) {
  if (totalPages <= 1) return null;
  const isFirst = page <= 0;
  const isLast = page >= totalPages - 1;
  return (
    <nav className="pagination" aria-label={nl.pagination.label}>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onPageChange(page - 1)}
        disabled={isFirst}
        aria-label={nl.pagination.previousPage}
      >
        <span aria-hidden="true">← </span>
        {nl.pagination.previous}
      </button>
      <p className="pagination-status" aria-live="polite">
        {nl.pagination.pageOf(Math.min(page + 1, totalPages), totalPages)}
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onPageChange(page + 1)}
        disabled={isLast}
        aria-label={nl.pagination.nextPage}
      >
        {nl.pagination.next}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
