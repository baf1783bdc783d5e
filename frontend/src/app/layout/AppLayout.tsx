import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { FlashMessage } from '@/components/FlashMessage';
import { useSession } from '@/lib/auth/session';
import { nl, roleLabels } from '@/lib/i18n/nl';
import { navItemsFor } from '@/lib/navigation';

/** Header (name, navigation, user, Uitloggen), skip link and <main> around every page. */
export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the content so screen readers start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  const role = session.permissions.primaryRole;
  // Jobcoaches log calls and add extra ones there, so "read-only" would be wrong (issue 5).
  const jobcoachAftercare = session.permissions.hasAftercare && /^\/(nazorg|plaatsingen)(\/|$)/.test(location.pathname);

  return (
    <>
      <a className="skip-link" href="#main">
        {nl.app.skipLink}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="app-name">
            {nl.app.name}
          </Link>
          <nav className="app-nav" aria-label={nl.app.mainNav}>
            <ul>
              {navItemsFor(session.permissions).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="user-box">
            <p className="user-id">
              <span className="visually-hidden">{nl.auth.signedInAs} </span>
              <strong className="user-name">{session.name}</strong>
              {role && (
                <span className="user-role">
                  <span className="visually-hidden">, {nl.auth.role}: </span>
                  {roleLabels[role]}
                </span>
              )}
            </p>
            <button type="button" className="link-button" onClick={session.signOut}>
              {nl.auth.signOut}
            </button>
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <FlashMessage />
        {!session.permissions.canEdit && !jobcoachAftercare && (
          <p className="alert alert--info">{nl.auth.readOnlyNotice}</p>
        )}
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  );
}
