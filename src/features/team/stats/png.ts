import { deflateSync } from 'node:zlib';

/** An RGB picture: `pixels` holds width × height × 3 bytes, row by row. */
export interface Bitmap {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export type Rgb = readonly [number, number, number];

export function createBitmap(width: number, height: number, background: Rgb): Bitmap {
  const pixels = new Uint8Array(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) pixels.set(background, i);
  return { width, height, pixels };
}

/** Fills a rectangle, clipped to the picture. */
export function fillRect(b: Bitmap, x: number, y: number, w: number, h: number, color: Rgb): void {
  const [x0, y0] = [Math.max(0, Math.round(x)), Math.max(0, Math.round(y))];
  const [x1, y1] = [Math.min(b.width, Math.round(x + w)), Math.min(b.height, Math.round(y + h))];
  for (let row = y0; row < y1; row++)
    for (let col = x0; col < x1; col++) b.pixels.set(color, (row * b.width + col) * 3);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Encodes a bitmap as a PNG file (8-bit RGB, no filtering, zlib-compressed): no native dependency. */
export function encodePng(b: Bitmap): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(b.width, 0);
  header.writeUInt32BE(b.height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter choice, no interlace
  const stride = b.width * 3;
  const raw = Buffer.alloc((stride + 1) * b.height);
  for (let row = 0; row < b.height; row++)
    raw.set(b.pixels.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]),
  );
}
