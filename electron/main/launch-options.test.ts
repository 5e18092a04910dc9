import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirOverride, rendererDirFor, sampleArticlePathFor } from './launch-options.ts';

describe('dataDirOverride', () => {
  it('reads --data-dir <dir> and --data-dir=<dir>', () => {
    expect(dataDirOverride(['electron', '.', '--data-dir', '/tmp/a'], {})).toBe(resolve('/tmp/a'));
    expect(dataDirOverride(['/opt/Marginalia/marginalia', '--data-dir=/tmp/b'], {})).toBe(resolve('/tmp/b'));
  });

  it('reads MARGINALIA_DATA_DIR, and the flag wins over it', () => {
    expect(dataDirOverride(['electron', '.'], { MARGINALIA_DATA_DIR: '/tmp/env' })).toBe(resolve('/tmp/env'));
    expect(dataDirOverride(['electron', '.', '--data-dir', '/tmp/flag'], { MARGINALIA_DATA_DIR: '/tmp/env' })).toBe(
      resolve('/tmp/flag'),
    );
  });

  it('makes a relative folder absolute', () => {
    expect(dataDirOverride(['x', '--data-dir', 'rel/dir'], {})).toBe(resolve('rel/dir'));
  });

  it('is null without either, or with a flag missing its value', () => {
    expect(dataDirOverride(['electron', '.'], {})).toBeNull();
    expect(dataDirOverride(['electron', '.', '--data-dir'], {})).toBeNull();
    expect(dataDirOverride(['electron', '.', '--data-dir', '--inspect'], {})).toBeNull();
    expect(dataDirOverride(['electron', '.', '--data-dir='], { MARGINALIA_DATA_DIR: '' })).toBeNull();
  });
});

describe('resource locations', () => {
  it('takes the sample article from resources/ beside app.asar when packaged', () => {
    expect(
      sampleArticlePathFor({
        isPackaged: true,
        appPath: '/opt/M/resources/app.asar',
        resourcesPath: '/opt/M/resources',
      }),
    ).toBe(join('/opt/M/resources', 'sample-article.txt'));
  });

  it('takes it from the repository in development', () => {
    expect(
      sampleArticlePathFor({ isPackaged: false, appPath: '/src/marginalia', resourcesPath: '/x/electron/resources' }),
    ).toBe(join('/src/marginalia', 'resources', 'sample-article.txt'));
  });

  it('serves the renderer from dist/renderer inside the app', () => {
    expect(rendererDirFor({ appPath: '/opt/M/resources/app.asar' })).toBe(
      join('/opt/M/resources/app.asar', 'dist', 'renderer'),
    );
  });
});
