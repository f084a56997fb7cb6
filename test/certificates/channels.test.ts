import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleChannel } from '../../src/channels/console/console-channel.ts';
import { renderPart } from '../../src/channels/telegram/render-part.ts';
import { renderBot } from '../../src/channels/zalo/bot/render-bot.ts';
import { renderOa } from '../../src/channels/zalo/oa/render-oa.ts';
import type { OutboundPart } from '../../src/core/message.ts';
import { testApp } from '../support/test-app.ts';
import { finishLessons, pictures } from './support.ts';

const URL_ = 'https://hocvuso.example.vn/c/abcdefghijklmnopqrstuv.png';

/** The last lesson's badge as the tutor sends it, with a public URL configured. */
async function badge(): Promise<Extract<OutboundPart, { type: 'image' }> & { data: Uint8Array }> {
  const app = await testApp({ env: { PUBLIC_URL: 'https://hocvuso.example.vn' } });
  const [picture] = pictures(await finishLessons(app, 'console:cert-channels', 'Yên Hòa', ['vneid']));
  return { ...picture!, url: URL_ };
}

describe('an award on each channel', async () => {
  const part = await badge();

  it('Telegram uploads the PNG bytes with the caption', () => {
    const [sent] = renderPart(part, { private: true });
    expect(sent?.method).toBe('uploadPhoto');
    expect(sent?.method === 'uploadPhoto' && sent.data.subarray(1, 4).toString()).toBe('PNG');
    expect(sent?.method === 'uploadPhoto' && sent.captionHtml).toContain('Mã xác minh');
  });

  it('Zalo OA shows the picture from its URL (an image attachment) with its caption, as one message', () => {
    const messages = renderOa([part]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      attachment: {
        type: 'template',
        payload: { template_type: 'media', elements: [{ media_type: 'image', url: URL_ }] },
      },
      text: expect.stringContaining('Huy hiệu bài'),
    });
  });

  it('the Zalo Bot gets the caption with the link', () => {
    const sends = renderBot([part]);
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({ method: 'sendMessage', text: expect.stringContaining(`🔗 ${URL_}`) });
  });

  it('the terminal saves the PNG to a file and prints its path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hv-cert-'));
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const channel = createConsoleChannel({ input: new PassThrough(), output, prompt: false, imageDir: dir });
    await channel.send('console:local', [{ ...part, url: undefined } as OutboundPart]);
    const path = printed.match(/\[Hình ảnh: (\S+\.png)\]/)?.[1];
    expect(path?.startsWith(dir)).toBe(true);
    expect(readFileSync(path!)).toEqual(Buffer.from(part.data));
    expect(printed).toContain('Mã xác minh');
    await rm(dir, { recursive: true });
  });
});
