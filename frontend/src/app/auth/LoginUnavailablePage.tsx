import { useEffect } from 'react';
import { nl } from '@/lib/i18n/nl';

/** Shown instead of a blank page when the login service (Keycloak) cannot be reached or the login failed. */
export function LoginUnavailablePage({ detail, onRetry }: { detail?: string; onRetry: () => void }) {
  useEffect(() => {
    document.title = `${nl.auth.loginUnavailableTitle} – ${nl.app.name}`;
  }, []);
  return (
    <main id="main" className="center-page">
      <h1>{nl.auth.loginUnavailableTitle}</h1>
      <div className="alert alert--error" role="alert">
        <p>{nl.auth.loginUnavailableText}</p>
      </div>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {nl.auth.retry}
      </button>
      {detail && (
        <details className="section">
          <summary>{nl.auth.technicalDetail}</summary>
          <p>{detail}</p>
        </details>
      )}
    </main>
  );
}
