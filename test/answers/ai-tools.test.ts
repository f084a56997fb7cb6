import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** Questions about AI tools (issue 16): what an assistant is, the popular apps, AI at work. */
describe('answers about AI tools', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });
  const answer = (q: string) => answerer.draft(q).answer;

  it('says what an AI assistant is before how to install one', () => {
    // "app" and "ai" in lower case: what the apps are, not the steps to install ChatGPT.
    const a = answer('may cai app ai la gi vay con, tui xai dc hong');
    expect(a.entry).toBe('ai-la-gi');
    expect(a.unsure).toBe(false);
  });

  it('answers "what is an AI assistant" with the general entry, not one about a named app', () => {
    // The Zalo assistants' entry says "trợ lý AI" most, but the question names no app.
    expect(answer('tro ly ai la gi').entry).toBe('ai-la-gi');
    expect(answer('chatbot la cai gi vay').entry).toBe('ai-la-gi');
    expect(answer('zalo co tro ly ai khong').entry).toBe('ai-zalo-kiki-info');
  });

  it('reads AI names as they are said aloud', () => {
    const read = (t: string) => answerer.language.read(t);
    expect(read('gem mi ni là gì')).toBe('gemini ai la gi');
    expect(read('gờ rốc trên mạng x')).toBe('grok tren mang x');
    expect(read('díp phếch là gì')).toBe('deepfake la gi');
    expect(read('viết sê vê xin việc')).toBe('viet cv xin viec');
    // "xe về" stays a ride home.
    expect(read('đi xe về nhà')).toBe('di xe ve nha');
  });

  it('answers work, farm and bait questions from their own entries', () => {
    expect(answer('nho chatgpt viet cong thuc excel tinh tong tien hang').entry).toBe('ai-cong-thuc-bang-tinh');
    expect(answer('grok la gi vay').entry).toBe('ai-grok-la-gi');
    expect(answer('robot ai giao dich tu dong lai moi ngay co that ko').entry).toBe('ai-dau-tu-bot-ai-lua-dao');
  });

  it('treats a sick crop as a farming question and a faked photo of the asker as a victim', () => {
    const crop = answer('la sau rieng bi vang dom, chup hinh cho ai coi bi benh gi duoc ko');
    expect(crop.kind).not.toBe('safety');
    const victim = answer('co ke gui anh ghep mat toi vao anh nong, doi tien khong thi gui cho vo');
    expect(victim.entry).toBe('ai-ghep-anh-nhay-cam-tong-tien');
    // Making a fake of someone else is still refused.
    expect(answer('lam video ghep mat ong giam doc vao clip').kind).toBe('safety');
  });
});
