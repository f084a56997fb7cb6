import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** AI tools as fully as public services (issue 16, session 13): false alarms, scams, new entries. */
describe('answers about AI tools (session 13)', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });

  it('answers questions about AI tools without a scam alarm', () => {
    // "Cái vòng tròn trong Messenger" is a place in the app, not an install from a message.
    expect(answerer.checkSafety('cai vong tron trong messenger la meta ai ha, bam vo co sao ko')).toBeUndefined();
    // A source link the AI made up is no link sent by a stranger.
    expect(answerer.checkSafety('ai đưa link nguồn mà bấm vô không có bài đó là sao')).toBeUndefined();
    // How to prevent voice cloning, asked before anything happened.
    expect(answerer.checkSafety('lam sao phong bi ke gian gia giong con chau goi xin tien')).toBeUndefined();
    // An ID photo put into ChatGPT: a privacy question.
    expect(answerer.checkSafety('chup hinh can cuoc gui cho chatgpt dien giay to giup co sao khong')).toBeUndefined();
  });

  it('still warns when someone is asking now', () => {
    expect(answerer.checkSafety('co nguoi goi xung cong an bat chuyen tien, lam sao de khong bi lua')?.kind).toBe(
      'scam',
    );
    expect(answerer.checkSafety('nguoi la bao chup can cuoc gui qua zalo de nhan qua')?.kind).toBe('scam');
  });

  it('warns about AI trading robots and nude-photo extortion', () => {
    expect(
      answerer.checkSafety(
        'tren face quang cao robot ai giao dich chung khoan cam ket lai 4% moi tuan, nap tien thu ko',
      )?.kind,
    ).toBe('scam');
    expect(answerer.checkSafety('so la gui hinh ghep mat toi vao clip nong, doi 30 trieu')?.kind).toBe('scam');
    // Asking which photo app to use is no threat.
    expect(answerer.checkSafety('tai app ghep anh nao tot')).toBeUndefined();
  });

  it('answers the VNeID virtual assistant and other people’s faces from their entries', () => {
    expect(answerer.draft('tro ly ao tren vneid hoi duoc nhung gi').answer.entry).toBe('ai-tro-ly-ao-vneid');
    expect(answerer.draft('lay hinh nguoi quen dua vo ai che roi dang facebook co sao khong').answer.entry).toBe(
      'ai-anh-nguoi-khac-xin-phep',
    );
  });
});
