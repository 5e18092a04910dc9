import { describe, expect, it } from 'vitest';
import {
  isAllowedExternalUrl,
  shouldAllowNavigation,
  shouldAllowPermission,
  webPreferencesFor,
} from './security-policy.ts';

describe('isAllowedExternalUrl', () => {
  it.each(['https://example.com/a?b=c#d', 'http://example.com', 'HTTPS://EXAMPLE.COM/'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:a@example.com',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://marginalia/index.html',
    'https://user:pass@example.com/',
    'http://',
    '/relative/path',
    'example.com',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('navigation and permissions', () => {
  it('never allows navigation, even to the app itself', () => {
    expect(shouldAllowNavigation('app://marginalia/index.html')).toBe(false);
    expect(shouldAllowNavigation('https://example.com/')).toBe(false);
  });

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies %s',
    (p) => {
      expect(shouldAllowPermission(p)).toBe(false);
    },
  );
});

describe('webPreferencesFor', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = webPreferencesFor('/app/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
