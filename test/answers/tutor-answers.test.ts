import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/message.ts';
import { chatter, testApp } from '../support/test-app.ts';
import { onboardedChat } from './answers-support.ts';

const buttons = (reply: Reply) => reply.flatMap((p) => (p.type === 'choices' ? p.choices : []));

describe('free-form questions in the chat (offline)', () => {
  it('answers from the knowledge base with its source, and offers the matching lesson', async () => {
    const chat = await onboardedChat(await testApp());
    const { reply, text } = await chat.send({ text: 'dt cu hu roi dang nhap vneid sao' });
    expect(text).toContain('NFC');
    expect(text).toMatch(/Nguồn: https:\/\/\S+/);
    expect(buttons(reply).map((b) => b.label)).toEqual([
      '📘 Học bài: VNeID – tài khoản định danh điện tử',
      '👍 Hữu ích',
      '👎 Chưa đúng',
      '📚 Menu',
    ]);
    expect(await chat.say('1')).toContain('📘 VNeID');
    expect((await chat.learner())?.position).toMatchObject({ mode: 'lesson', lessonId: 'vneid' });
  });

  it('says honestly when unsure, shows the closest topics and offers a volunteer', async () => {
    // An admin who has used the bot can take questions, so the button is offered.
    const app = await testApp({ env: { ADMIN_IDS: 'telegram:9000001' } });
    await chatter(app, 'telegram:9000001').say('xin chao');
    const chat = await onboardedChat(app);
    const { reply, text } = await chat.send({ text: 'vneid' });
    expect(text).toContain('chưa chắc');
    const options = buttons(reply);
    expect(options.filter((b) => b.payload.startsWith('k:kb:')).length).toBeGreaterThan(0);
    expect(options).toContainEqual({ label: '🙋 Hỏi cán bộ hỗ trợ', payload: 'k:handoff' });
    const firstTopic = options[0]!;
    const topic = await chat.say('1');
    expect(topic).toMatch(/Nguồn: https?:\/\//);
    expect(topic).not.toContain('chưa chắc');
    expect(await chat.press(firstTopic.payload)).toBe(topic);
  });

  it('keeps the question, without personal data, for a volunteer', async () => {
    const chat = await onboardedChat(await testApp());
    await chat.say('gia vang hom nay, sdt toi 0912345678');
    expect((await chat.learner())?.ext?.['lastQuestion']).toMatchObject({
      text: 'gia vang hom nay, sdt toi [số điện thoại]',
    });
  });

  it('replies kindly to thanks and to being called, and never crashes on a stale topic button', async () => {
    const chat = await onboardedChat(await testApp());
    expect(await chat.say('cam on chau nhe')).toContain('cần gì cứ gõ câu hỏi');
    // Calling before asking is answered, not treated as a question it does not understand.
    for (const call of ['Cháu ơi!', 'alo alo', 'co ai o day ko'])
      expect(await chat.say(call)).toContain('Dạ, cháu đây ạ!');
    expect(await chat.say('chau oi vneid la gi')).toContain('Bộ Công an');
    expect(await chat.press('k:kb:no-such-entry')).toContain('chọn một bài học');
  });
});
