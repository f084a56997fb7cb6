import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { chatter, repoContent, testApp } from '../support/test-app.ts';
import { codeIn, finishLessons, pictures } from './support.ts';

const ID = 'console:cert-learner';

describe('certificate in the chat', () => {
  it('gives a badge per lesson, asks the name after the last one, then sends the certificate with a code', async () => {
    const app = await testApp();
    const content = await repoContent();
    const firstTwo = content.lessons.slice(0, 2).map((l) => l.id);
    const afterOne = await finishLessons(app, ID, 'Yên Hòa', firstTwo.slice(0, 1));
    const badge = pictures(afterOne);
    expect(badge).toHaveLength(1);
    expect(badge[0]!.caption).toContain(`Huy hiệu bài "${content.lessons[0]!.title}"`);
    expect(PNG.sync.read(Buffer.from(badge[0]!.data)).width).toBe(800);

    const chat = chatter(app, ID);
    const early = await chat.say('giấy chứng nhận');
    expect(early).toContain(`đã học xong 1/${content.lessons.length} bài và có 1 huy hiệu`);
    expect(early).toContain(content.lessons[1]!.title);

    const end = await finishLessons(
      app,
      ID,
      'Yên Hòa',
      content.lessons.slice(1).map((l) => l.id),
    );
    expect(pictures(end)).toHaveLength(1); // the last lesson's badge; the certificate waits for the name
    const ask = end.map((p) => (p.type === 'text' ? p.text : '')).join('\n');
    expect(ask).toContain(`Bác đã học xong tất cả ${content.lessons.length} bài!`);
    expect(ask).toContain('muốn ghi tên gì trên giấy chứng nhận');

    expect(await chat.say('0912345678')).toContain('chưa đọc được tên');
    expect(await chat.say('tên tôi là nguyễn thị hồng ngọc')).toContain(
      'Cháu sẽ ghi trên giấy: “Nguyễn Thị Hồng Ngọc”',
    );
    const issued = (await chat.send({ text: '1' })).reply;
    const [certificate] = pictures(issued);
    expect(certificate?.caption).toContain(
      `Chúc mừng bác! Đây là giấy chứng nhận bác đã học xong cả ${content.lessons.length} bài.`,
    );
    const png = PNG.sync.read(Buffer.from(certificate!.data));
    expect([png.width, png.height]).toEqual([1200, 850]);

    const code = codeIn(certificate!.caption)!;
    const record = await app.certificates.verify(code);
    expect(record).toMatchObject({ kind: 'course', name: 'Nguyễn Thị Hồng Ngọc', ward: 'Phường Yên Hòa' });
    expect(record!.lessons).toHaveLength(content.lessons.length);
    expect(JSON.stringify(record)).not.toContain(ID); // no conversation id in what is stored

    // Asking again later sends the same certificate, not a new one.
    const again = pictures((await chat.send({ text: 'chung nhan' })).reply);
    expect(codeIn(again[0]?.caption)).toBe(code);
  });

  it('lets the learner skip the name and come back with "chứng nhận"', async () => {
    const app = await testApp();
    await finishLessons(app, 'console:cert-skip', 'Yên Hòa');
    const chat = chatter(app, 'console:cert-skip');
    expect(await chat.say('bỏ qua')).toContain('gõ “chứng nhận”');
    expect(await chat.say('Trần Văn Ba')).not.toContain('sẽ ghi trên giấy'); // no longer asking
    expect(await chat.say('chứng nhận')).toContain('muốn ghi tên gì');
    await chat.say('Trần Văn Ba');
    const reply = (await chat.send({ text: 'dung' })).reply; // "đúng" typed without diacritics, not "dừng"
    expect((await chat.learner())?.subscribed).toBe(true);
    expect((await app.certificates.verify(codeIn(pictures(reply)[0]?.caption)!))?.name).toBe('Trần Văn Ba');
  });
});
