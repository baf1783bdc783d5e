import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { nl } from '@/lib/i18n/nl';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title={nl.app.notFoundTitle} />
      <p>{nl.app.notFoundText}</p>
      <p>
        <Link to="/">{nl.app.backHome}</Link>
      </p>
    </>
  );
}
