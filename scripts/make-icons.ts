/**
 * Renders resources/icon.svg to every icon file packaging uses, so
 * electron-builder never converts icons itself (its converter downloads a
 * toolset at build time):
 * - resources/icons/<n>x<n>.png  Linux hicolor sizes (electron-builder `linux.icon`)
 * - resources/icon.png           1024 px master
 * - resources/icon.ico           Windows: 16–256 px, PNG-compressed entries
 * - resources/icon.icns          macOS: 16–1024 px incl. @2x, PNG entries
 * The outputs are committed; run this after changing the SVG.
 *
 *   npx tsx scripts/make-icons.ts      (needs rsvg-convert: apt-get install librsvg2-bin)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Png {
  size: number;
  data: Buffer;
}

/** An .ico holding PNG images (Windows Vista and later read these). Sizes up to 256. */
export function buildIco(pngs: Png[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * pngs.length;
  for (const { size, data } of pngs) {
    if (size > 256) throw new Error(`ico entries are at most 256 px (got ${size})`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0); // width; 0 means 256
    entry.writeUInt8(size === 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // palette colours
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

/** ICNS element types that hold PNG data, by pixel size (the @2x ones share sizes with larger 1x ones). */
const ICNS_TYPES: Array<[type: string, pixels: number]> = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['icp6', 64],
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256], // 128@2x
  ['ic09', 512],
  ['ic14', 512], // 256@2x
  ['ic10', 1024], // 512@2x
];

export function buildIcns(pngBySize: Map<number, Buffer>): Buffer {
  const elements: Buffer[] = [];
  for (const [type, pixels] of ICNS_TYPES) {
    const data = pngBySize.get(pixels);
    if (!data) throw new Error(`icns needs a ${pixels} px PNG`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + data.length, 4);
    elements.push(head, data);
  }
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}

function main(): void {
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
  const source = join('resources', 'icon.svg');
  const folder = join('resources', 'icons');
  mkdirSync(folder, { recursive: true });
  const pngs = new Map<number, Buffer>();
  for (const size of sizes) {
    const out = join(folder, `${size}x${size}.png`);
    execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--output', out, source], {
      stdio: 'inherit',
    });
    pngs.set(size, readFileSync(out));
    console.log(out);
  }
  const write = (path: string, data: Buffer) => {
    writeFileSync(path, data);
    console.log(`${path} (${data.length} bytes)`);
  };
  write(join('resources', 'icon.png'), pngs.get(1024)!);
  write(
    join('resources', 'icon.ico'),
    buildIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: pngs.get(size)! }))),
  );
  write(join('resources', 'icon.icns'), buildIcns(pngs));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
