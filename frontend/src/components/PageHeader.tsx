import { useEffect, type ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';

/** The page's single <h1>; also sets the document title. */
export function PageHeader({ title, actions, children }: { title: string; actions?: ReactNode; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} – ${nl.app.name}`;
  }, [title]);
  return (
    <div className="page-header">
      <div className="page-header-text">
        <h1>{title}</h1>
        {children}
      </div>
      {actions && <div className="page-header-actions">{actions}</div>}
    </div>
  );
}
