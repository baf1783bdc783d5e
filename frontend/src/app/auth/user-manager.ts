import { UserManager } from 'oidc-client-ts';
import { setAccessTokenGetter } from '@/lib/api/client';
import { userManagerSettings } from '@/lib/auth/config';

/**
 * The single OIDC UserManager. The API client reads the current access token
 * from it for every request, so a silently renewed token is used at once.
 */
export function createUserManager(): UserManager {
  const userManager = new UserManager(userManagerSettings());
  setAccessTokenGetter(async () => (await userManager.getUser())?.access_token);
  return userManager;
}
