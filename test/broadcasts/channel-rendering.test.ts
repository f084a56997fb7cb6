import { afterEach, describe, expect, it } from 'vitest';
import { renderConsole } from '../../src/channels/console/render-console.ts';
import { renderBot } from '../../src/channels/zalo/bot/render-bot.ts';
import { renderOa } from '../../src/channels/zalo/oa/render-oa.ts';
import { PermanentChannelError } from '../../src/core/errors.ts';
import { targetsChart } from '../../src/features/team/stats/chart.ts';
import { LAN, startHarness, type Harness } from '../telegram/harness.ts';
import { chatter, testApp } from '../support/test-app.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
const TO = `telegram:${LAN.id}`;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('Telegram: live progress and chart pictures', () => {
  it('keeps broadcast progress in one message edited in place', async () => {
    h = await startHarness();
    const handle = await h.channel.sendEditable!(TO, '📤 Đã gửi 0/5.000 — 0%');
    await h.channel.editText!(TO, handle, '📤 Đã gửi 1.200/5.000 — 24%');
    // The same figures twice is not an error.
    await h.channel.editText!(TO, handle, '📤 Đã gửi 1.200/5.000 — 24%');
    const messages = h.fake.messages(LAN.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ text: '📤 Đã gửi 1.200/5.000 — 24%', edits: 1 });
    await expect(h.channel.editText!(TO, '999', 'x')).rejects.toBeInstanceOf(PermanentChannelError);
  });

  it('uploads a chart made in memory as a photo', async () => {
    h = await startHarness();
    const png = targetsChart([{ label: 'Hoạt động tuần này', value: 3, share: 60, target: 50, met: true }]);
    await h.channel.send(TO, [{ type: 'image', data: png, caption: 'Biểu đồ' }]);
    const [photo] = h.fake.messages(LAN.id);
    expect(photo).toMatchObject({ kind: 'photo', text: 'Biểu đồ' });
    expect([...photo!.document!.content.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(photo!.document!.content.length).toBe(png.length);
  });
});

describe('"/thongke" with a chart', () => {
  it('sends the ward figures with a PNG bar chart of the targets', async () => {
    const app = await testApp({ env: { ADMIN_IDS: 'telegram:1' } });
    const { reply, text } = await chatter(app, 'telegram:1').send({ text: '/thongke' });
    expect(text).toContain('1. Hoạt động tuần này');
    const chart = reply.find((p) => p.type === 'image');
    expect(chart?.type === 'image' && chart.url).toBeFalsy();
    const data = chart?.type === 'image' ? chart.data : undefined;
    expect([...(data ?? []).slice(0, 8)]).toEqual(PNG_SIGNATURE);
    // 480 px wide, one 44 px row per target plus margins.
    const view = new DataView(data!.buffer, data!.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([480, 32 + 5 * 44]);
  });
});

describe('a picture made in memory where it cannot be uploaded', () => {
  it('goes as its caption alone on Zalo, and as a note in the terminal', () => {
    const png = targetsChart([]);
    expect(renderBot([{ type: 'image', data: png, caption: 'Biểu đồ tuần này' }])).toEqual([
      { method: 'sendMessage', text: 'Biểu đồ tuần này' },
    ]);
    expect(renderBot([{ type: 'image', data: png }])).toEqual([]);
    expect(renderOa([{ type: 'image', data: png, caption: 'Biểu đồ tuần này' }])).toEqual([
      { text: 'Biểu đồ tuần này' },
    ]);
    expect(renderOa([{ type: 'image', data: png }])).toEqual([]);
    expect(renderConsole({ type: 'image', data: png })).toBe('[Hình ảnh]');
  });
});
