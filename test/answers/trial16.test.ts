import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

/** Entries telling the fake police's (or court's, procuracy's) story. */
const FAKE_POLICE = [
  'ld-cong-an-rua-tien-ban-vang',
  'ld-cong-an-doa-khoi-to',
  'ld-cong-an-goi-video-sac-phuc',
  'ld-cong-an-mua-sim-cai-app',
  'ld-gia-cong-an',
  'ld-chung-minh-tien-sach',
];
/** Entries about renting, lending or selling a bank account: another scam than a fake officer's. */
const ACCOUNT_RENTAL = [
  'ld-cho-thue-tai-khoan',
  'ld-thue-tai-khoan-loi-moi',
  'nh-phat-cho-thue-tai-khoan',
  'nh-mua-tai-khoan-ngan-hang',
];

describe('the passage under a scam warning fits that scam (session 16, trial16)', () => {
  it('shows a fake-police entry, never the account-rental one, under a money-laundering story', async () => {
    for (const q of [
      'ông kia xưng công an gọi tui, nói tài khoản ngân hàng của tui bị tụi rửa tiền dùng, biểu chuyển hết tiền qua tài khoản tạm giữ để chứng minh vô tội',
      'Người tự nhận cán bộ viện kiểm sát nói tôi có lệnh bắt vì đường dây rửa tiền qua tài khoản ngân hàng, yêu cầu chuyển tiền xác minh',
    ]) {
      const a = await answerer.answer(q);
      expect(a.kind, q).toBe('safety');
      expect(ACCOUNT_RENTAL, q).not.toContain(a.entry);
      if (a.entry) expect(FAKE_POLICE, q).toContain(a.entry);
    }
  });

  it('shows the job-scam entry, not an advert for gifts, under a job that asks an activation fee', async () => {
    const a = await answerer.answer(
      'Em họ tôi đọc tin việc nhẹ lương cao làm tại nhà, chỉ cần nạp 200 nghìn kích hoạt tài khoản là nhận việc.',
    );
    expect(a.kind).toBe('safety');
    expect(a.entry).not.toBe('zalo-quang-cao-mao-danh');
    expect(a.text).toMatch(/Việc làm thật/);
  });
});

describe('Central and Southern "cannot get in" reach the login entries (session 16, trial16)', () => {
  it('answers the public-service portal login, not its electricity-bill payment', async () => {
    const a = await answerer.answer('răng tau vô trang dịch vụ công hổng được rứa');
    expect(a.entry).not.toBe('tt-tien-dien-dich-vu-cong');
    expect(a.text).toMatch(/VNeID/);
  });

  it('answers VNeID login trouble said verb first', async () => {
    const a = await answerer.answer('ông nhà tui mở VNeID mà dô không được, sao vậy cháu');
    expect(a.entry).toBe('vneid-khong-dang-nhap-duoc');
  });
});

describe('an elder’s limitation beside the question is answered (session 16, trial16)', () => {
  it('sends an elder who cannot do the bank face scan to the counter, not the 10-million rule', async () => {
    const a = await answerer.answer('ngân hàng đòi quét khuôn mặt, bà già rồi tự làm hổng được, tính sao con');
    expect(a.entry).not.toBe('tt-sinh-trac-hoc-10-trieu');
    expect(a.text).toMatch(/quầy/);
    expect(a.text).toMatch(/Không gửi ảnh, video khuôn mặt/);
  });
});

describe('money asked before a job is warned, however calm (session 16, trial16)', () => {
  it('warns a deposit, a training or uniform fee asked before work starts', async () => {
    for (const q of [
      'Con tôi được nhận làm phụ kho, lương tháng 8 triệu, bên đó bảo nộp 600 nghìn phí hồ sơ trước.',
      'tui xin làm bảo vệ, họ nói đóng tiền đồng phục 700 ngàn rồi mới đi làm',
      'Quán tuyển người rửa chén, nộp 1 triệu tiền cọc giữ chỗ trước khi nhận việc',
      'có ông môi giới nói lo cho con tui vô làm công ty, đưa trước 5 triệu tiền chạy việc',
    ]) {
      const a = await answerer.answer(q);
      expect(a.kind, q).toBe('safety');
      expect(a.text, q).toMatch(/Việc làm thật không thu tiền trước/);
    }
  });

  it('leaves the learner’s own fees and bills alone', async () => {
    for (const q of [
      'Nộp lệ phí làm lại căn cước ở công an phường bao nhiêu tiền?',
      'Đóng lệ phí hồ sơ trên Cổng dịch vụ công ở mục nào?',
      'Tui muốn đóng tiền nước tháng này bằng app ngân hàng',
      'Con tôi đi làm, công ty trừ tiền bảo hiểm xã hội vào lương có đúng không?',
      'cách hủy gia hạn tự động gói cước 4G',
      'chuyển khoản không được, app ngân hàng báo lỗi hoài',
    ]) {
      expect((await answerer.answer(q)).kind, q).not.toBe('safety');
    }
  });
});
