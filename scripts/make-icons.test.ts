import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIcns, buildIco } from './make-icons.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

function readIco(ico: Buffer): Array<{ declared: number; png: Buffer }> {
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return { declared: ico.readUInt8(entry) || 256, png: ico.subarray(offset, offset + length) };
  });
}

function readIcns(icns: Buffer): Array<{ type: string; png: Buffer }> {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const out: Array<{ type: string; png: Buffer }> = [];
  for (let at = 8; at < icns.length;) {
    const length = icns.readUInt32BE(at + 4);
    out.push({ type: icns.toString('latin1', at, at + 4), png: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return out;
}

describe('committed icons', () => {
  it('has a PNG per Linux size, of that size', () => {
    for (const n of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(`resources/icons/${n}x${n}.png`))).toEqual([n, n]);
    }
    expect(pngSize(readFileSync('resources/icon.png'))).toEqual([1024, 1024]);
  });

  it('has a Windows .ico with 16–256 px entries', () => {
    const entries = readIco(readFileSync('resources/icon.ico'));
    expect(entries.map((e) => e.declared)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const e of entries) expect(pngSize(e.png)).toEqual([e.declared, e.declared]);
  });

  it('has a macOS .icns with 16–1024 px entries', () => {
    const pixels: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      ic11: 32,
      icp6: 64,
      ic12: 64,
      ic07: 128,
      ic08: 256,
      ic13: 256,
      ic09: 512,
      ic14: 512,
      ic10: 1024,
    };
    const entries = readIcns(readFileSync('resources/icon.icns'));
    expect(entries.map((e) => e.type).sort()).toEqual(Object.keys(pixels).sort());
    for (const e of entries) expect(pngSize(e.png)).toEqual([pixels[e.type], pixels[e.type]]);
  });
});

describe('builders', () => {
  it('refuses ico entries over 256 px and icns without a needed size', () => {
    expect(() => buildIco([{ size: 512, data: Buffer.alloc(1) }])).toThrow(/at most 256/);
    expect(() => buildIcns(new Map())).toThrow(/needs a 16 px PNG/);
  });
});
