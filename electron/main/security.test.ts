// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

type Fn = (...args: any[]) => any;
const electron = vi.hoisted(() => ({
  appListeners: new Map<string, Fn>(),
  openExternal: [] as string[],
  requestHandler: null as Fn | null,
  checkHandler: null as Fn | null,
}));
vi.mock('electron', () => ({
  app: { on: (name: string, listener: Fn) => electron.appListeners.set(name, listener) },
  shell: { openExternal: async (url: string) => void electron.openExternal.push(url) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: Fn) => (electron.requestHandler = h),
      setPermissionCheckHandler: (h: Fn) => (electron.checkHandler = h),
    },
  },
}));
const { registerSecurity } = await import('./security.ts');

function fakeContents() {
  const listeners = new Map<string, Fn>();
  let openHandler: Fn = () => ({ action: 'allow' });
  return {
    on: (name: string, listener: Fn) => listeners.set(name, listener),
    setWindowOpenHandler: (h: Fn) => (openHandler = h),
    open: (url: string) => openHandler({ url }),
    emit(name: string, url: string) {
      const event = {
        url,
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      listeners.get(name)!(event);
      return event.defaultPrevented;
    },
  };
}

describe('registerSecurity', () => {
  registerSecurity();
  const contents = fakeContents();
  electron.appListeners.get('web-contents-created')!({}, contents);

  it('denies every new window and hands only http(s) to the system browser', () => {
    for (const url of [
      'https://example.com/story',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://marginalia/index.html',
    ]) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
    expect(electron.openExternal).toEqual(['https://example.com/story']);
  });

  it('prevents navigation, redirects and webviews', () => {
    expect(contents.emit('will-navigate', 'https://attacker.example/')).toBe(true);
    expect(contents.emit('will-navigate', 'app://marginalia/index.html')).toBe(true);
    expect(contents.emit('will-redirect', 'https://attacker.example/')).toBe(true);
    expect(contents.emit('will-attach-webview', '')).toBe(true);
  });

  it('denies permission requests and checks', () => {
    const answers: boolean[] = [];
    electron.requestHandler!({}, 'media', (granted: boolean) => answers.push(granted));
    electron.requestHandler!({}, 'notifications', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(electron.checkHandler!({}, 'clipboard-read')).toBe(false);
  });
});
