/**
 * Applies security-policy.ts to every web contents the app ever creates:
 * no new windows (http(s) links go to the system browser), no navigation,
 * no <webview>, no permissions. Call once `app` is ready, before any window.
 */
import { app, session, shell } from 'electron';
import { isAllowedExternalUrl, shouldAllowNavigation, shouldAllowPermission } from './security-policy.ts';

export function registerSecurity(): void {
  app.on('web-contents-created', (_event, contents) => {
    // Article links open with target=_blank / window.open and land here. The
    // popup blocker already requires a user gesture for window.open.
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => {
      if (!shouldAllowNavigation(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!shouldAllowNavigation(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(shouldAllowPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => shouldAllowPermission(permission));
}
