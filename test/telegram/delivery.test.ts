import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/message.ts';
import { LAN, startHarness, type Harness } from './harness.ts';

let h: Harness;
afterEach(() => h.stop());
const TO = `telegram:${LAN.id}`;

describe('Telegram: how replies look', () => {
  it('splits long text at paragraph boundaries into messages Telegram accepts', async () => {
    h = await startHarness();
    const paragraphs = Array.from(
      { length: 12 },
      (_, i) => `Đoạn ${i + 1}: ${'Bác nhớ không chia sẻ mã OTP cho bất kỳ ai. '.repeat(20).trim()}`,
    );
    await h.channel.send(TO, [{ type: 'text', text: paragraphs.join('\n\n') }]);
    const sent = h.fake.texts(LAN.id);
    expect(sent.length).toBeGreaterThan(2);
    for (const text of sent) expect(text.length).toBeLessThanOrEqual(4096);
    expect(sent.flatMap((t) => t.split('\n\n'))).toEqual(paragraphs);

    const oneBlock = 'chữ '.repeat(3000).trim();
    await h.channel.send(TO, [{ type: 'text', text: oneBlock }]);
    const words = h.fake.texts(LAN.id).slice(sent.length);
    expect(words.length).toBe(3);
    expect(words.join(' ')).toBe(oneBlock);
  });

  it('shows user and knowledge text exactly as written, whatever HTML-like characters it holds', async () => {
    h = await startHarness();
    const tricky = 'Gõ <b>đậm</b> hay <script>alert("x")</script>? AT&T &amp; 5 > 3 < 4 &lt;ok&gt;';
    const reply: Reply = [
      { type: 'text', text: tricky },
      { type: 'choices', text: `Chọn <1> & <2>:`, choices: [{ label: '<Có> & "không"', payload: 'k:menu' }] },
      {
        type: 'quiz',
        question: 'Mã <OTP> là gì & vì sao?',
        index: 0,
        total: 1,
        options: [
          { label: 'A < B', payload: 'q:x:0:0' },
          { label: 'B > A', payload: 'q:x:0:1' },
        ],
      },
      {
        type: 'link',
        title: 'Cổng <DVC> & hướng dẫn',
        url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html?a=1&b="2"',
      },
    ];
    await h.channel.send(TO, reply);
    expect(h.fake.texts(LAN.id)).toEqual([
      tricky,
      'Chọn <1> & <2>:',
      '❓ Câu 1/1: Mã <OTP> là gì & vì sao?',
      '🔗 Cổng <DVC> & hướng dẫn',
    ]);
    expect(h.fake.callsOf('sendMessage').every((c) => c.status === 200)).toBe(true);
    expect(h.fake.callsOf('sendMessage').at(-1)?.params['text']).toContain(
      'href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html?a=1&amp;b=&quot;2&quot;"',
    );
  });

  it('falls back to numbered options when a payload would not fit in 64 bytes of callback data', async () => {
    h = await startHarness();
    await h.channel.send(TO, [
      {
        type: 'choices',
        text: 'Chọn một:',
        choices: [
          { label: 'Một', payload: 'k:menu' },
          { label: 'Hai', payload: `k:x:${'đ'.repeat(40)}` },
        ],
      },
    ]);
    const message = h.fake.last(LAN.id)!;
    expect(message.text).toBe('Chọn một:\n\n1. Một\n2. Hai\n(Gõ số để chọn)');
    expect(message.reply_markup).toBeUndefined();
  });

  it('sends pictures, documents and links, and a link instead of a picture Telegram cannot fetch', async () => {
    h = await startHarness();
    await h.channel.send(TO, [
      { type: 'image', url: 'https://example.org/vneid.png', caption: 'Màn hình <VNeID>' },
      { type: 'image', url: 'https://example.org/broken.png' },
      { type: 'document', filename: 'tien-do.csv', content: 'bai,diem\nvneid,4/5\n', caption: 'Kết quả học' },
    ]);
    const [photo, fallback, doc] = h.fake.messages(LAN.id);
    expect(photo).toMatchObject({ kind: 'photo', text: 'Màn hình <VNeID>' });
    expect(fallback).toMatchObject({ kind: 'text', text: '🖼 Xem hình minh họa' });
    expect(doc).toMatchObject({ kind: 'document', text: 'Kết quả học' });
    expect(doc!.document?.filename).toBe('tien-do.csv');
    expect(doc!.document?.content.toString('utf8')).toBe('bai,diem\nvneid,4/5\n');
  });

  it('shows "typing…" while a slow answer is prepared', async () => {
    h = await startHarness();
    await h.channel.typing!(TO);
    expect(h.fake.callsOf('sendChatAction').map((c) => c.params)).toEqual([{ chat_id: LAN.id, action: 'typing' }]);
    await h.channel.send(TO, [{ type: 'text', text: 'Dạ đây ạ.' }]);
  });

  it('sends as paid broadcasts only the messages the queue asks for, never replies', async () => {
    h = await startHarness();
    await h.deliver(h.fake.text(LAN, '/start'));
    const replies = h.fake.callsOf('sendMessage').length;
    expect(replies).toBeGreaterThan(0);
    await h.channel.send(TO, [{ type: 'text', text: 'Đến giờ học rồi bác ơi.' }]);
    await h.channel.send(
      TO,
      [
        { type: 'text', text: 'Thứ Bảy có lớp học VNeID.' },
        { type: 'image', url: 'https://example.org/vneid.png', caption: 'Màn hình VNeID' },
      ],
      { paid: true },
    );
    const calls = h.fake.calls.filter((c) => c.method === 'sendMessage' || c.method === 'sendPhoto');
    expect(calls.slice(0, replies).map((c) => c.params['allow_paid_broadcast'])).toEqual(
      calls.slice(0, replies).map(() => undefined),
    );
    expect(calls.slice(replies).map((c) => [c.method, c.params['allow_paid_broadcast']])).toEqual([
      ['sendMessage', undefined],
      ['sendMessage', true],
      ['sendPhoto', true],
    ]);
  });
});
