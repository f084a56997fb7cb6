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

const { getsReply, staysAnswer } = safetyChecks(() => answerer);

describe('a danger under way told in words no rule knows (session 34)', () => {
  it.each([
    ['nha hang xom boc khoi den mu mit roi, toi goi ai bay gio', 'fire', /114/],
    ['trong kho co thung son bi tran, mui hac qua, may dua nho chong mat roi, lam sao', 'fire', /114/],
    ['ngoai quan nhau co may thang cam vo chai doa nhau, toi so qua', 'violence', /113/],
    ['ong nha toi tu nhien xiu xuong nam bat dong roi, cuu voi', 'medical-emergency', /115/],
  ])('"%s" gets the emergency number first', async (q, kind, number) => {
    await getsReply(q, kind, number);
  });

  it.each([
    'hoc cach nhan biet dau hieu dot quy o dau',
    'hai dua nho nha toi hay danh nhau gianh do choi, lam sao day',
    'tui dang chuyen tien tren app, app doi nhap ma otp, nhap vo dau',
  ])('"%s" is a lesson, a habit or an errand: no emergency', async (q) => {
    await staysAnswer(q);
  });
});

describe('a password, PIN or code asked to borrow by someone the learner knows (session 34)', () => {
  it.each([
    'chi dong nghiep xin ma pin the atm cua em de rut tien giup, em dua duoc khong',
    'ong hang xom muon mat khau zalo cua tui de coi tin nhan, dua duoc hong',
    'gui ma otp cho co hang xom de co nap tien dien giup duoc khong',
  ])('"%s" is told never to hand it over', async (q) => {
    await getsReply(q, 'scam', /KHÔNG (đọc|gửi)/);
  });

  it('the café Wi-Fi password stays an ordinary question', async () => {
    await staysAnswer('quan ca phe xin mat khau wifi o dau');
  });
});

describe('a card or account lent along with another thing (session 34)', () => {
  it('is refused as unlawful', async () => {
    await getsReply(
      'ban than nho toi cho muon the atm va tai khoan ngan hang de nhan tien hang, co sao khong',
      'identity-fraud',
      /vi phạm pháp luật|trái pháp luật/,
    );
  });
});

describe('debt collectors at the door threatening now (session 34)', () => {
  it.each([
    'bon doi no den nha dap cua doa danh, toi phai lam sao',
    'Người của app vay tới phòng trọ đập cửa, đòi đánh em',
  ])('"%s" is told to call 113', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.text).toMatch(/113/);
  });
});

describe('the signs of a scam asked to teach them (session 34)', () => {
  it('an official asking how to spot fake tax calls gets the entry, no alarm', async () => {
    await staysAnswer('Đề nghị hướng dẫn dấu hiệu nhận biết cuộc gọi giả danh cán bộ thuế để phổ biến cho tổ dân phố');
  });
});

describe('how to call 115 (session 34)', () => {
  it.each(['gọi 115 thì cần nói những gì', 'day ba gia goi cap cuu 115 noi gi'])(
    '"%s" learns to say the address first',
    async (q) => {
      const a = await answerer.answer(q);
      expect(a.entry).toBe('dt-goi-115-noi-gi');
      expect(a.text).toMatch(/Địa chỉ/);
    },
  );
});

describe('"bị đổ" and "bị đơ" (session 34)', () => {
  it('a frozen phone is still a frozen phone', async () => {
    const a = await answerer.answer('dien thoai bi do khong bam duoc');
    expect(a.entry).toBe('dt-khoi-dong-lai');
  });
});

describe('how to check for a gas leak, nothing smelt yet (session 34)', () => {
  it.each(['cách kiểm tra bình ga có bị rò không', 'Dấu hiệu nhận biết bếp gas bị rò rỉ là gì?'])(
    '"%s" gets the soap-water check, no alarm',
    async (q) => {
      const a = await answerer.answer(q);
      expect(a.kind).not.toBe('safety');
      expect(a.entry).toBe('gd-kiem-tra-ro-gas');
      expect(a.text).toMatch(/xà phòng/);
    },
  );

  it('a smell of gas now is still the emergency', async () => {
    await getsReply('tui ngui thay mui gas, lam sao kiem tra co bi ro khong', 'fire', /114/);
  });
});

describe('a tax code is no secret (session 34)', () => {
  it('giving the tax code for an invoice stays an answer', async () => {
    await staysAnswer('nói mã số thuế cho ông ấy để xuất hóa đơn được không');
  });

  it('a code asked for someone still warns', async () => {
    await getsReply('no bat doc ma so cho ong ay', 'scam', /KHÔNG đọc/);
  });
});

describe('a secret named first, then handed to someone (session 34)', () => {
  it.each([
    'mã PIN thẻ đó, tui đưa cho bà hàng xóm được không',
    'mat khau zalo cua me, con gui cho ban con duoc khong',
  ])('"%s" is told never to hand it over', async (q) => {
    await getsReply(q, 'scam', /KHÔNG gửi mật khẩu, mã PIN/);
  });

  it('a code the bank sent to the learner is no hand-over', async () => {
    await staysAnswer('mã otp ngân hàng gửi cho tôi mà không thấy');
  });
});
