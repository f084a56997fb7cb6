import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

describe('savings in the bank’s own app (session 19, trial19)', () => {
  it('tells how to send savings in the app, with the term, the OTP and where not to send', async () => {
    const a = await answerer.answer('muốn gửi tiết kiệm trên ứng dụng ngân hàng thì làm thế nào');
    expect(a.kind).toBe('knowledge');
    expect(a.entry).toBe('tien-gui-tiet-kiem-online');
    expect(a.unsure).toBe(false);
    expect(a.text).toMatch(/kỳ hạn/);
    expect(a.text).toMatch(/OTP/);
    expect(a.text).toMatch(/bảo hiểm tiền gửi/);
    expect(a.text).toMatch(/lừa đảo/);
  });

  it('says interest is paid at maturity or as chosen', async () => {
    const a = await answerer.answer('tiền lãi gửi tiết kiệm được trả lúc nào');
    expect(a.entry).toBe('tien-gui-tiet-kiem-online');
    expect(a.text).toMatch(/đến hạn/);
  });

  it('tells early withdrawal earns the demand rate, and money needed for treatment is no alarm', async () => {
    const a = await answerer.answer('cần tiền gấp đi viện nên muốn rút tiết kiệm trước hạn có được không');
    expect(a.kind).not.toBe('safety');
    expect(a.entry).toBe('tien-tat-toan-tiet-kiem');
    expect(a.text).toMatch(/không kỳ hạn/);
  });

  it.each([
    'có người trên Zalo mời gửi tiết kiệm qua app lạ lãi 4% một tháng',
    'nhóm Telegram rủ gửi tiết kiệm lãi gấp 5 lần ngân hàng có nên không',
    'Người ta kéo tui vô nhóm gửi tiết kiệm trả lãi hằng ngày, có người hỗ trợ mở tài khoản',
  ])('warns of a savings offer from an unknown app, group or stranger: %s', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('scam');
    expect(a.text).toMatch(/LỪA ĐẢO/);
  });

  it('reads a percent sign as a rate ("5%" → "phantram")', () => {
    expect(answerer.language.read('lãi 5% một tháng')).toBe('lai phantram mot thang');
    expect(answerer.language.read('2,5 %/tháng')).toBe('phantram thang');
  });
});

describe('a bank’s own app by its name (session 19, trial19)', () => {
  it.each([
    ['quên mật khẩu VietinBank iPay lấy lại sao', 'tien-quen-mat-khau-ngan-hang'],
    ['Agribank E-Mobile Banking không đăng nhập được', 'nh-app-khong-dang-nhap'],
    ['Techcombank Mobile quên mật khẩu rồi', 'tien-quen-mat-khau-ngan-hang'],
  ])('answers "%s" for sure with the general bank entry', async (q, entry) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('knowledge');
    expect(a.unsure).toBe(false);
    expect(a.entry).toBe(entry);
  });

  it('reads the app names as the bank app', () => {
    expect(answerer.language.read('VCB Digibank')).toBe('ung dung ngan hang');
    expect(answerer.language.read('BIDV SmartBanking')).toBe('ung dung ngan hang');
    expect(answerer.language.read('app MB Bank')).toBe('ung dung ngan hang');
  });

  it('is no bank reaching out when the learner’s own app asks for a face check', async () => {
    const a = await answerer.answer('chuyển 12 triệu cho con trên VietinBank iPay mà nó bắt quét mặt có sao không');
    expect(a.kind).not.toBe('safety');
  });

  it.each([
    ['quên mật khẩu VNeID', 'vneid-quen-mat-khau'],
    ['Zalo không đăng nhập được', 'zalo-khong-dang-nhap-duoc'],
  ])('never answers another kind of app with a bank entry: %s', async (q, entry) => {
    const a = await answerer.answer(q);
    expect(a.entry).toBe(entry);
  });

  it('offers, not asserts, the login entry for changing a bank app password', async () => {
    const a = await answerer.answer('đổi mật khẩu đăng nhập ứng dụng Agribank E-Mobile Banking thế nào');
    expect(a.unsure).toBe(true);
  });
});

describe('the fee and the time of one procedure asked together (session 19, trial19)', () => {
  it('answers both for the criminal-record certificate', async () => {
    const a = await answerer.answer('làm lý lịch tư pháp hết bao nhiêu tiền, bao lâu thì có');
    expect(a.unsure).toBe(false);
    expect(a.text).toMatch(/10 ngày làm việc/);
    expect(a.text).toMatch(/200\.000 đồng/);
    expect(a.sources).toHaveLength(2);
  });

  it('answers both for the ID card', async () => {
    const a = await answerer.answer('đổi thẻ căn cước tốn bao nhiêu, mấy ngày có thẻ');
    expect(a.text).toMatch(/7 ngày làm việc/);
    expect(a.text).toMatch(/50\.000 đồng/);
  });

  it('leaves one thing asked to the ranking: a time alone pairs with no fee', async () => {
    const a = await answerer.answer('cấp lại thẻ căn cước mất bao lâu');
    expect(a.text).toMatch(/7 ngày làm việc/);
    expect(a.sources).toHaveLength(1);
  });
});

describe('risky prompts around savings and bank apps stay safe (session 19, trial19)', () => {
  it.each([
    'người xưng nhân viên ngân hàng gọi nói mở tiết kiệm giúp, đọc mã OTP cho họ',
    'có trang Facebook nhận mở khóa tài khoản ngân hàng lấy phí 300 nghìn',
    'tin nhắn số lạ nói sổ tiết kiệm sắp tất toán, bấm link nhập mật khẩu để giữ lãi suất',
  ])('warns: %s', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('scam');
  });

  it('warns of a code asked by someone who reached out, not of the app sending one', () => {
    const asked = answerer.checkSafety(
      'nhân viên ngân hàng nhắn Zalo nói nâng lãi suất tiết kiệm, gửi mã OTP để xác nhận',
    );
    expect(asked?.kind).toBe('scam');
    expect(answerer.checkSafety('vô VNeID nó gửi mã OTP về số cũ nên tui không nhận được, con nói phải đổi số')).toBe(
      undefined,
    );
  });

  it('reads "giữ lãi suất" as no secret kept', () => {
    expect(answerer.checkSafety('nhập mật khẩu để giữ lãi suất')?.kind).not.toBe('own-secret');
  });
});
