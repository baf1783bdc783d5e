import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { onSigninCallback } from '@/lib/auth/config';
import { AuthGate } from './auth/AuthGate';
import { createUserManager } from './auth/user-manager';
import { createQueryClient } from './query-client';
import { routes } from './router';

function Router() {
  // Created only after sign-in, so that it starts at the page the user wanted
  // (onSigninCallback has already restored it in the address bar).
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}

export function App() {
  const [userManager] = useState(createUserManager);
  const [queryClient] = useState(createQueryClient);
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      <QueryClientProvider client={queryClient}>
        <AuthGate>
          <Router />
        </AuthGate>
      </QueryClientProvider>
    </AuthProvider>
  );
}
