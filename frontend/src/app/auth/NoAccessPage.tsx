import { useEffect } from 'react';
import { useSession } from '@/lib/auth/session';
import { nl, roleLabels } from '@/lib/i18n/nl';

/** Signed in, but without a role for these screens (e.g. only `municipality`). */
export function NoAccessPage() {
  const session = useSession();
  useEffect(() => {
    document.title = `${nl.auth.noAccessTitle} – ${nl.app.name}`;
  }, []);
  return (
    <main id="main" className="center-page">
      <h1>{nl.auth.noAccessTitle}</h1>
      <div className="alert alert--warning" role="alert">
        <p>{nl.auth.noAccessText}</p>
      </div>
      <p>
        {nl.auth.signedInAs} <strong>{session.name}</strong>
        {session.permissions.primaryRole && <> ({roleLabels[session.permissions.primaryRole]})</>}
      </p>
      <button type="button" className="button button--secondary" onClick={session.signOut}>
        {nl.auth.signOut}
      </button>
    </main>
  );
}
