import { createContext, useContext, type ReactNode } from 'react';
import type { Permissions, Role } from './roles';

/** The signed-in user as the UI needs it. */
export interface Session {
  name: string;
  roles: Role[];
  permissions: Permissions;
  /** The token's `municipality` claim (municipal staff), e.g. `rotterdam`. */
  municipality: string | null;
  signOut: () => void;
  signInAgain: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

export function usePermissions(): Permissions {
  return useSession().permissions;
}

/** For places that may render outside a session (e.g. an error shown before login). */
export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}
