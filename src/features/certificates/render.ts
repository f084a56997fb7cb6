import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CertificateRecord } from './record.ts';

/**
 * Be Vietnam Pro, a typeface drawn for Vietnamese (stacked diacritics such as ỗ, ặ, ữ), as TTF
 * files from npm: the server needs no system fonts, and resvg reads TTF but not woff2.
 */
const require = createRequire(import.meta.url);
const FONT_FILES = ['400Regular', '700Bold'].map((w) =>
  require.resolve(`@expo-google-fonts/be-vietnam-pro/${w}/BeVietnamPro_${w}.ttf`),
);
export const FONT_FAMILY = 'Be Vietnam Pro';

/** SVG templates (`flows/certificates/*.svg`) with `{{placeholders}}`, edited like other content. */
export interface CertificateTemplates {
  course: string;
  badge: string;
}

export function loadTemplates(contentDir: string): CertificateTemplates {
  const read = (name: string) => readFileSync(join(contentDir, 'certificates', `${name}.svg`), 'utf8');
  return { course: read('course'), badge: read('badge') };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "ngày 3 tháng 12 năm 2026" from a YYYY-MM-DD day. */
export function vietnameseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** Font size that keeps a line of `text` within about `width` pixels. */
function fitSize(text: string, max: number, min: number, width: number): number {
  return Math.max(min, Math.min(max, Math.floor(width / (Math.max(1, [...text].length) * 0.56))));
}

function lessonRows(record: CertificateRecord): string {
  const rowHeight = record.lessons.length > 8 ? 26 : 32;
  return record.lessons
    .map((l, i) => {
      const y = i * rowHeight;
      const title = [...l.title].length > 58 ? `${[...l.title].slice(0, 57).join('')}…` : l.title;
      return (
        `<text x="0" y="${y}">${i + 1}. ${escapeXml(title)}</text><text x="740" y="${y}" text-anchor="end" ` +
        `font-weight="700">${l.score}/${l.total}</text>`
      );
    })
    .join('');
}

/** The template with every placeholder filled; every value is escaped, so a name cannot inject markup. */
export function certificateSvg(record: CertificateRecord, templates: CertificateTemplates, verifyUrl: string): string {
  const name = record.name ?? (record.kind === 'badge' ? (record.ward ?? '') : '');
  const lesson = record.lessons[0];
  const values: Record<string, string> = {
    name: escapeXml(name),
    nameSize: String(fitSize(name, 60, 34, 1000)),
    ward: escapeXml(record.ward ?? ''),
    date: escapeXml(vietnameseDate(record.day)),
    code: escapeXml(record.code),
    verify: escapeXml(verifyUrl),
    count: String(record.lessons.length),
    lessons: lessonRows(record),
    lesson: escapeXml(lesson?.title ?? ''),
    titleSize: String(fitSize(lesson?.title ?? '', 32, 20, 700)),
    score: lesson ? `${lesson.score}/${lesson.total}` : '',
  };
  const template = record.kind === 'course' ? templates.course : templates.badge;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Turns an SVG into PNG bytes. */
export type PngRenderer = (svg: string) => Promise<Uint8Array>;

const fontOptions = { loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } as const;

/**
 * The native resvg build renders on libuv's thread pool. Its binary is an optional, per-platform
 * npm package that an install can skip (an unusual platform, a registry hiccup): then the
 * WebAssembly build, which ships in one package, renders the same picture on the main thread.
 */
export async function createNativePngRenderer(): Promise<PngRenderer> {
  const { renderAsync } = await import('@resvg/resvg-js');
  return async (svg) => {
    const image = await renderAsync(svg, { font: { ...fontOptions, fontFiles: FONT_FILES } });
    return new Uint8Array(image.asPng());
  };
}

let wasmReady: Promise<typeof import('@resvg/resvg-wasm')> | undefined;

/** The WebAssembly module can be instantiated once per process. */
function loadWasm(): Promise<typeof import('@resvg/resvg-wasm')> {
  wasmReady ??= import('@resvg/resvg-wasm').then(async (wasm) => {
    await wasm.initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return wasm;
  });
  return wasmReady;
}

export async function createWasmPngRenderer(): Promise<PngRenderer> {
  const { Resvg } = await loadWasm();
  const fontBuffers = FONT_FILES.map((file) => new Uint8Array(readFileSync(file)));
  return async (svg) => {
    const resvg = new Resvg(svg, { font: { ...fontOptions, fontBuffers } });
    try {
      return resvg.render().asPng();
    } finally {
      resvg.free();
    }
  };
}

let renderer: Promise<PngRenderer> | undefined;

/**
 * Renders an SVG to PNG with the bundled fonts only (no system fonts: the same picture everywhere).
 * A certificate is about 150 ms of work, off the main thread when the native build is installed.
 */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  renderer ??= createNativePngRenderer().catch(createWasmPngRenderer);
  return (await renderer)(svg);
}
