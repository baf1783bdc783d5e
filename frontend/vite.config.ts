/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { securityHeaders } from './security-headers.mjs';

// The SPA always calls the API at the relative path /api; in development and in
// `vite preview` (used by the e2e runner) that path is proxied to the backend.
const apiTarget = process.env.VITE_API_PROXY_TARGET ?? 'http://localhost:8080';
const apiProxy = {
  '/api': { target: apiTarget, changeOrigin: false },
};
// The Keycloak realm the SPA logs in at: its origin is the one other place the page may talk to.
const oidcAuthority = process.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/werkhub';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { proxy: apiProxy, headers: securityHeaders(oidcAuthority, 'dev') },
  preview: { proxy: apiProxy, headers: securityHeaders(oidcAuthority, 'build') },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
  },
});
