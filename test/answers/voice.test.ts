import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inbound } from '../../src/core/message.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../fakes/fake-openai.ts';
import { chatter, testApp } from '../support/test-app.ts';
import { llmApp } from './answers-support.ts';

const AUDIO = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 1, 2, 3, 4, 5, 6, 7, 8]);
const voiceNote = (fetch: () => Promise<Uint8Array> = async () => AUDIO): Partial<Inbound> => ({
  kind: 'voice',
  voice: { fetch, mimeType: 'audio/ogg', durationSeconds: 4 },
});

describe('voice questions', () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(() => fake.close());

  it('transcribes a voice note through the transcription endpoint and answers it like text', async () => {
    const chat = chatter(await llmApp(fake), 'telegram:voice');
    fake.transcript = 'Quên mật khẩu VNeID thì làm sao, số của tôi 0912345678';
    const { text } = await chat.send(voiceNote());

    const upload = fake.requests.find((r) => r.path.endsWith('/audio/transcriptions'));
    expect(upload?.form).toEqual({
      model: 'whisper-1',
      language: 'vi',
      file: { name: 'voice.ogg', type: 'audio/ogg', size: AUDIO.byteLength },
    });
    expect(text).toContain('🎤 Dạ, cháu nghe được: “Quên mật khẩu VNeID thì làm sao, số của tôi [số điện thoại]”');
    expect(text).not.toContain('0912345678');
    expect(text).toContain('Quên mật khẩu');
    expect(text).toContain('Nguồn: https://');
    expect(text).toContain('đừng gửi số căn cước, số điện thoại');
  });

  it('asks kindly to type when transcription fails or the audio cannot be fetched', async () => {
    const chat = chatter(await llmApp(fake), 'telegram:voice-fail');
    fake.script({ status: 500 });
    expect(await chat.send(voiceNote()).then((r) => r.text)).toContain('gõ câu hỏi bằng chữ');
    const broken = await chat.send(
      voiceNote(async () => {
        throw new Error('download failed');
      }),
    );
    expect(broken.text).toContain('gõ câu hỏi bằng chữ');
  });

  it('asks to type when no transcription service is configured', async () => {
    const chat = chatter(await testApp(), 'telegram:voice-offline');
    expect((await chat.send(voiceNote())).text).toContain('gõ câu hỏi bằng chữ');
  });
});
