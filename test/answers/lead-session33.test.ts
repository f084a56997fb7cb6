import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { safetyChecks } from '../support/safety-expect.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

const { getsReply } = safetyChecks(() => answerer);

describe('an ID card past its date (session 33)', () => {
  it.each([
    'căn cước của tôi sắp hết hạn thì làm sao',
    'the can cuoc qua han doi thi sao',
    'cccd cua toi het han 2 thang roi',
  ])('"%s" learns to change it soon and what the fine is', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).not.toBe('safety');
    expect(a.text).toMatch(/công an xã\/phường/);
    expect(a.text).toMatch(/500\.000 đến 1\.000\.000 đồng/);
  });

  it('the fee of changing a card stays the fee entry', async () => {
    const a = await answerer.answer('Đổi thẻ căn cước ở công an phường tốn bao nhiêu tiền vậy?');
    expect(a.entry).toBe('gt-can-cuoc-le-phi');
  });
});

describe('an ID card lent, rented out or pawned (session 33)', () => {
  it.each(['cho thuê căn cước có sao không', 'có người hỏi mượn căn cước của tui để làm giấy tờ'])(
    '"%s" is refused as unlawful, with the fine',
    async (q) => {
      await getsReply(q, 'identity-fraud', /156|công an/);
      expect((await answerer.answer(q)).text).toMatch(/8 đến 10 triệu đồng/);
    },
  );

  it('pawning the card for cash is told the fine', async () => {
    const a = await answerer.answer('đem cccd đi cầm lấy tiền được không');
    expect(a.text).toMatch(/cầm cố/);
    expect(a.text).toMatch(/8 đến 10 triệu đồng/);
  });
});

describe('how to log in to VNeID, asked in Southern speech (session 33)', () => {
  it.each(['má tui hổng biết xài vneid, con chỉ má cách đăng nhập dô coi', 'lam sao vao duoc vneid'])(
    '"%s" gets the steps: the 12-digit number, the password',
    async (q) => {
      const a = await answerer.answer(q);
      expect(a.entry).toBe('vneid-dang-nhap');
      expect(a.text).toMatch(/12 số/);
      expect(a.text).toMatch(/mật khẩu/);
    },
  );

  it('a login that fails keeps its own entry', async () => {
    expect((await answerer.answer('vneid không đăng nhập được')).entry).toBe('vneid-khong-dang-nhap-duoc');
  });
});

describe('"chuộc lỗi" is making amends, not a ransom (session 33)', () => {
  it.each(['tiền chuộc lỗi là gì', 'con muốn chuộc lỗi với mẹ thì làm gì'])('"%s" gets no safety reply', async (q) => {
    expect((await answerer.answer(q)).kind).not.toBe('safety');
  });

  it('a child held abroad for a ransom is still warned', () =>
    getsReply('bọn nó giữ con tôi bên campuchia đòi tiền chuộc 200 triệu', 'scam', /113/));
});

describe("biometrics done with a parent at the bank's counter (session 33)", () => {
  it.each([
    'làm sinh trắc học giúp mẹ ở quầy ngân hàng được không',
    'lam sinh trac hoc giup ba tai chi nhanh can mang gi',
  ])('"%s" gets no scam warning', async (q) => {
    expect((await answerer.answer(q)).kind).not.toBe('safety');
  });

  it.each([
    'có người gọi bảo làm sinh trắc học giúp mẹ qua link',
    'nhân viên ngân hàng gọi nói làm sinh trắc học giúp bác qua zalo',
  ])('"%s" is still warned', (q) => getsReply(q, 'scam', /156/));
});

describe('a loud engine is no fire (session 33)', () => {
  it('"xe chạy lớn tiếng quá" gets no safety reply', async () => {
    expect((await answerer.answer('xe chạy lớn tiếng quá')).kind).not.toBe('safety');
  });

  it('a motorbike burning big downstairs is still a fire: 114', () =>
    getsReply('xe máy dưới nhà cháy lớn lắm', 'fire', /114/));
});

describe('someone drunk and asleep is no violence (session 33)', () => {
  it.each(['ba say rượu đang ngủ trên ghế', 'chồng say xỉn rồi nằm ngủ ngoài hiên'])(
    '"%s" gets no safety reply',
    async (q) => {
      expect((await answerer.answer(q)).kind).not.toBe('safety');
    },
  );

  it('a drunk son with a knife is still violence: 113', () =>
    getsReply('thằng con say rượu cầm dao đòi chém', 'violence', /113/));

  it('a drunk sleeper who fits and cannot be woken is an emergency: 115', () =>
    getsReply('chồng say rượu đang ngủ thì bị co giật, gọi không tỉnh', 'medical-emergency', /115/));
});
