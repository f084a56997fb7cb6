import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load-content.ts';
import type { Content } from '../../src/core/content/content.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { createLanguage } from '../../src/features/answers/language.ts';
import { createSubjectReader } from '../../src/features/answers/named-subjects.ts';
import { repoContent } from '../support/test-app.ts';

/** How people ask about one app or service; `{x}` is its name as they type it. */
const ASKED = [
  'quên mật khẩu {x} thì làm sao',
  'Xin hỏi cách cài {x} trên điện thoại cho đúng?',
  '{x} bị khóa tài khoản rồi, mở lại thế nào',
  'đổi số điện thoại trên {x} được không',
  'Tôi muốn hỏi dùng {x} có mất phí không?',
  'dang nhap {x} tren dt moi ntn',
];

/** Apps, services, banks and AI tools as people type them, with the subject table's member name. */
const NAMED: Array<[typed: string, member: string]> = [
  ['VNeID', 'vneid'],
  ['Zalo', 'zalo'],
  ['VssID', 'vssid'],
  ['Facebook', 'facebook'],
  ['iHanoi', 'ihanoi'],
  ['eTax Mobile', 'etax'],
  ['TikTok', 'tiktok'],
  ['Shopee', 'shopee'],
  ['MoMo', 'momo'],
  ['ChatGPT', 'chatgpt'],
  ['Gemini', 'gemini'],
  ['Copilot', 'copilot'],
  ['Claude', 'claude'],
  ['DeepSeek', 'deepseek'],
  ['Agribank', 'agribank'],
  ['Vietcombank', 'vietcombank'],
];

describe('a question naming one app never gets a sure answer about another', () => {
  let content: Content;
  let answerer: Answerer;
  beforeAll(async () => {
    content = await repoContent();
    answerer = createAnswerer({ content, logger: silentLogger });
  });

  /** What an entry is about: the members of each group its questions and keywords name. */
  const entryNames = (id: string) => {
    const entry = content.knowledge.find((e) => e.id === id);
    const reader = createSubjectReader(content.subjects, createLanguage(content.language));
    return reader.named([...(entry?.questions ?? []), ...(entry?.keywords ?? [])].join('\n'));
  };
  const groupOf = (member: string) =>
    content.subjects.groups.findIndex((g) => g.members.some((m) => m.name === member));

  it.each(NAMED)('%s: a sure answer comes from an entry about it, or none of its group', async (typed, member) => {
    const group = groupOf(member);
    const mustBeNamed = content.subjects.groups[group]?.mustBeNamed;
    for (const pattern of ASKED) {
      const q = pattern.replace('{x}', typed);
      const answer = await answerer.answer(q);
      if (answer.unsure || answer.kind !== 'knowledge' || answer.entry === undefined) continue;
      const named = entryNames(answer.entry)[group] ?? new Set<string>();
      // Another member of the group only (Zalo's steps for VNeID, ChatGPT's prices for Claude): never.
      if (named.size > 0) expect(named.has(member), `${q} → ${answer.entry}`).toBe(true);
      // Apps and services: an entry that does not name the app at all is no sure answer either.
      else expect(mustBeNamed, `${q} → ${answer.entry} names no ${group === -1 ? '?' : member}`).toBe(false);
    }
  });

  it('says honestly it is not sure about an app no entry is about, and answers the ones it knows', async () => {
    for (const q of ['quên mật khẩu Shopee', 'Xin hỏi cách đặt xe Grab cho bố mẹ?', 'cach dung claude']) {
      const answer = await answerer.answer(q);
      expect(answer.unsure, q).toBe(true);
      expect(answer.text, q).toMatch(/chưa chắc|muốn hỏi về/);
    }
    expect((await answerer.answer('quen mat khau vssid')).entry).toBe('bhxh-vssid-quen-mat-khau');
    expect((await answerer.answer('quen mat khau zalo')).entry).toBe('zalo-quen-mat-khau');
  });

  it('reads "AI" as artificial intelligence only when it is written so, never the word "ai" (who)', async () => {
    const reader = createSubjectReader(content.subjects, createLanguage(content.language));
    expect(reader.services('Con tôi muốn nhờ AI viết CV')).toContain('ai');
    expect(reader.services('dùng trí tuệ nhân tạo soạn đơn')).toContain('ai');
    expect(reader.services('ai đăng ký VNeID cho cháu')).toEqual(['vneid']);
    // A story asking "what to watch out for" after naming AI stays about AI.
    const cv = await answerer.answer('Con tôi muốn nhờ AI viết hồ sơ xin việc. Xin hỏi cần lưu ý gì?');
    if (!cv.unsure) expect(reader.services(entryText(content, cv.entry))).toContain('ai');
  });

  it('reads which of two named apps is asked about: the last, unless it is the means', () => {
    const reader = createSubjectReader(content.subjects, createLanguage(content.language));
    expect(reader.askedLast('vssid con vo duoc ma vneid quen mat khau roi')).toBe('vneid');
    expect(reader.askedLast('facebook vo duoc, zalo thi quen mat khau')).toBe('zalo');
    expect(reader.askedLast('đăng nhập VssID bằng tài khoản VNeID')).toBe('vssid');
    expect(reader.askedLast('quên mật khẩu VNeID')).toBeUndefined();
  });

  it('answers the app asked about when two are named, and asks which app a few words mean', async () => {
    const asked = await answerer.answer('vssid con vo duoc ma vneid quen mat khau roi');
    expect(asked.entry).toBe('vneid-quen-mat-khau');
    for (const q of ['doi mat khau', 'dang nhap khong duoc', 'ma xac nhan']) {
      const answer = await answerer.answer(q);
      expect(answer.unsure, `${q} → ${answer.entry}`).toBe(true);
    }
  });

  it('asks rather than answers when the question and the entry differ on what is done', async () => {
    // Water is not electricity, a lost passport is not a first one, a locked account is not signing up,
    // cable TV is not internet (school fees have had their own entry since session 9).
    for (const q of [
      'doi ten chu hop dong tien nuoc sang ten toi',
      'mat ho chieu thi lam lai o dau',
      'tai khoan vssid bi khoa thi mo lai sao',
      'tra tien truyen hinh cap bang app ngan hang',
      'doi ten chu hop dong internet',
    ]) {
      const answer = await answerer.answer(q);
      expect(answer.unsure, `${q} → ${answer.entry}`).toBe(true);
    }
    // The same steps named on both sides stay sure answers, and the entry stays on offer.
    for (const [q, id] of [
      ['tra tien nuoc bang app ngan hang lam sao', 'tt-tien-nuoc-ung-dung-ngan-hang'],
      ['mat dien thoai co app ngan hang thi lam gi truoc', 'tt-mat-dien-thoai-ngan-hang'],
      ['quen mat khau vssid thi lay lai the nao', 'bhxh-vssid-quen-mat-khau'],
      ['sang ten hop dong dien sang ten con trai', 'dien-doi-ten-hop-dong'],
    ]) {
      const answer = await answerer.answer(q!);
      expect([answer.unsure, answer.entry], q).toEqual([false, id]);
    }
    const reader = createSubjectReader(content.subjects, createLanguage(content.language));
    const named = (text: string) => reader.named(text);
    expect(reader.differs(named('mat ho chieu'), named('Cấp hộ chiếu phổ thông trực tuyến'))).toBe(true);
    expect(reader.differs(named('chụp hai mặt thẻ căn cước'), named('Cấp lại thẻ căn cước'))).toBe(false);
    // Signing up is not losing, but about another service: that is the named-service check's to judge.
    expect(reader.differs(named('đăng ký VNeID'), named('Mất điện thoại thì Zalo làm sao?'))).toBe(false);
    // A paper the question names must be the entry's own (session 10): a passport is not Zalo.
    expect(reader.differs(named('làm hộ chiếu'), named('Mất điện thoại thì Zalo làm sao?'))).toBe(true);
  });

  it('reports a broken subject table as file:line with what to fix', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hv-subjects-'));
    await cp('flows', dir, { recursive: true });
    const file = path.join(dir, 'language', 'subjects.yaml');
    const text = await readFile(file, 'utf8');
    const broken = text.replace('names: [zalo, za lo]', 'names: [Zalô, vneid]');
    expect(broken).not.toBe(text);
    await writeFile(file, broken);
    const { content: loaded, problems } = await checkContent({ dir });
    expect(loaded).toBeUndefined();
    const line = broken.split('\n').findIndex((l) => l.includes('Zalô')) + 1;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file, line, message: expect.stringContaining('folded') }),
        expect.objectContaining({ file, line, message: expect.stringContaining('"vneid" already names vneid') }),
      ]),
    );
  });
});

const entryText = (content: Content, id: string | undefined) => {
  const entry = content.knowledge.find((e) => e.id === id);
  return [...(entry?.questions ?? []), ...(entry?.keywords ?? [])].join('\n');
};
