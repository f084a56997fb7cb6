import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { certificateCode, normalizeCode } from '../../src/features/certificates/code.ts';
import { parseName } from '../../src/features/certificates/name.ts';
import type { CertificateRecord } from '../../src/features/certificates/record.ts';
import {
  certificateSvg,
  createNativePngRenderer,
  createWasmPngRenderer,
  loadTemplates,
  svgToPng,
} from '../../src/features/certificates/render.ts';

const templates = loadTemplates('flows');
const NAME = 'Nguyễn Thị Hồng Ngọc';
const REFERENCE = 'test/fixtures/certificates/name-reference.png';

const record = (name: string): CertificateRecord => ({
  code: 'ABCDE-12345',
  imageToken: 'x'.repeat(22),
  kind: 'course',
  name,
  ward: 'Phường Yên Hòa',
  wardCode: 'phuong-yen-hoa',
  day: '2026-12-03',
  issuedAt: '2026-12-03T03:00:00Z',
  lessons: [
    { id: 'vneid', title: 'VNeID – tài khoản định danh điện tử', score: 4, total: 5 },
    { id: 'lua-dao', title: 'Nhận biết lừa đảo qua điện thoại', score: 5, total: 5 },
  ],
});

const decode = (bytes: Uint8Array) => PNG.sync.read(Buffer.from(bytes));

/** Pixels whose colour differs between two same-sized images, within rows [from, to). */
function differing(a: PNG, b: PNG, from = 0, to = a.height): number {
  let n = 0;
  for (let y = from; y < to; y++)
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) > 24) n++;
    }
  return n;
}

describe('certificate picture', () => {
  it('puts the name with its diacritics, escaped, into the SVG', () => {
    expect(certificateSvg(record(NAME), templates, 'https://x.vn/verify')).toContain(`>${NAME}</text>`);
    const hostile = certificateSvg(record('<script>&"'), templates, 'https://x.vn/verify');
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&#60;script&#62;&#38;&#34;');
  });

  it('renders a PNG of the template’s size that is not blank', async () => {
    const png = decode(await svgToPng(certificateSvg(record(NAME), templates, 'https://x.vn/verify')));
    expect([png.width, png.height]).toEqual([1200, 850]);
    const background = decode(
      await svgToPng(
        '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="850"><rect width="1200" height="850" fill="#fffdf6"/></svg>',
      ),
    );
    // Text and borders: a few percent of the picture, far from none.
    expect(differing(png, background) / (1200 * 850)).toBeGreaterThan(0.03);
  });

  it('draws the diacritics: only the name band changes when they are dropped', async () => {
    const marked = decode(await svgToPng(certificateSvg(record(NAME), templates, '')));
    const plain = decode(await svgToPng(certificateSvg(record('Nguyen Thi Hong Ngoc'), templates, '')));
    expect(differing(marked, plain, 290, 372)).toBeGreaterThan(300);
    expect(differing(marked, plain, 0, 290) + differing(marked, plain, 372, 850)).toBe(0);
  });

  // The reference was checked by eye: every diacritic of the name in place, in Be Vietnam Pro Bold.
  it('renders a known name exactly like the reference rendering (bundled font, no system fonts)', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="90"><rect width="640" height="90" fill="#fff"/><text x="16" y="62" font-family="Be Vietnam Pro" font-weight="700" font-size="48" fill="#1d3b6f">${NAME}</text></svg>`;
    const png = decode(await svgToPng(svg));
    if (!existsSync(REFERENCE)) {
      writeFileSync(REFERENCE, PNG.sync.write(png));
      throw new Error(`${REFERENCE} was missing and has been written: look at it, then commit it`);
    }
    const reference = PNG.sync.read(readFileSync(REFERENCE));
    expect([png.width, png.height]).toEqual([reference.width, reference.height]);
    expect(differing(png, reference)).toBeLessThan(20);
  });
});

describe('verification codes', () => {
  it('are 10 unambiguous characters that change with what was earned and with the secret', () => {
    const a = certificateCode('s1', ['console:a', 'course', 'vneid@2026-12-03T03:00:00Z']);
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(certificateCode('s1', ['console:a', 'course', 'vneid@2026-12-03T03:00:01Z'])).not.toBe(a);
    expect(certificateCode('s2', ['console:a', 'course', 'vneid@2026-12-03T03:00:00Z'])).not.toBe(a);
  });

  it('are read back however they are typed, and nonsense is refused', () => {
    expect(normalizeCode(' abcde 12345 ')).toBe('ABCDE-12345');
    expect(normalizeCode('ABCDE-I2345')).toBe('ABCDE-12345');
    expect(normalizeCode('oBCDE-12345')).toBe('0BCDE-12345');
    expect(normalizeCode('ABCDE-1234')).toBeUndefined();
    expect(normalizeCode('ABCDE-1234U')).toBeUndefined();
    expect(normalizeCode('../../etc/passwd')).toBeUndefined();
  });
});

describe('the name typed for the certificate', () => {
  it.each([
    ['nguyễn thị hoa', 'Nguyễn Thị Hoa'],
    ['Tên tôi là  trần văn ba.', 'Trần Văn Ba'],
    ['ghi là Lê Thị Đào', 'Lê Thị Đào'],
    ['HOÀNG ANH', 'Hoàng Anh'],
  ])('"%s" is printed as "%s"', (typed, printed) => expect(parseName(typed)).toBe(printed));

  it.each(['0912345678', 'Nguyễn Văn A 1975', 'a', 'x'.repeat(41), 'một hai ba bốn năm sáu bảy', '@@@'])(
    '"%s" is not a name',
    (typed) => expect(parseName(typed)).toBeUndefined(),
  );

  // The native binary is an optional per-platform package an install may skip; the fallback must
  // draw the same certificate, not a blank or a tofu one.
  it('draws the same picture with the WebAssembly build as with the native one', async () => {
    const svg = certificateSvg(record(NAME), templates, 'https://x.vn/verify');
    const wasm = decode(await (await createWasmPngRenderer())(svg));
    const native = await createNativePngRenderer().catch(() => undefined);
    const reference = native ? decode(await native(svg)) : decode(await svgToPng(svg));
    expect([wasm.width, wasm.height]).toEqual([1200, 850]);
    expect(differing(wasm, reference)).toBeLessThan(200);
  });
});
