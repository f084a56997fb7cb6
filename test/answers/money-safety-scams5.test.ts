import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import type { Answer } from '../../src/features/answers/answer.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/**
 * Scam stories in the shapes of session 13 (issue 16): a stranger guiding taps on the phone, a fee
 * to receive a prize or a gift, game top-ups through a stranger, fake charity, "recovery" of lost
 * money, cloned voices, "nâng hạng", QR stickers, already paid. Written afresh, not copied from any
 * evaluation set.
 */
const STORIES: string[] = [
  'co nguoi goi xung ngan hang, dang chi tui bam tung buoc tren app de nhan tien ho tro, gio ho biu bam chuyen tien',
  'Ông kia cầm máy nói chuyện với tôi, đọc cho tôi gõ số tài khoản vào app, nói là để hủy gói bảo hiểm. Tôi có gõ tiếp không?',
  'tui dang nghe dien thoai, nguoi ta huong dan tui vao app ngan hang nhap so tien roi bam xac nhan de hoan tien ve',
  'nhân viên ngân hàng gọi bảo tài khoản tui sắp bị khóa, kêu tui cầm máy làm theo họ bấm vô app',
  'Nhân viên điện lực gọi nói được hoàn tiền điện 400 nghìn, bảo mở app ngân hàng làm theo họ đọc',
  'Có văn phòng luật sư nhắn Facebook nói giúp tôi lấy lại 30 triệu bị lừa, phải đóng 3 triệu phí hồ sơ trước',
  'Trang tuyển dụng trên Facebook tuyển nhân viên đóng gói tại nhà, bắt đóng 300 nghìn tiền cọc dụng cụ trước',
  'cháu nội nhờ bà chuyển 500 nghìn cho một bạn trên mạng để mua tài khoản game',
  'thang chau bieu toi quet ma qr nap kim cuong game tren trang la, ghi ten nguoi nhan la ca nhan',
  'thang chau trai xin ba 300 nghin nap game, dua so tai khoan cua mot nguoi tren mang',
  'Tin nhắn nói tài khoản ngân hàng của bác được nâng hạng, bấm link để kích hoạt hạng mới',
  'nhan vien ngan hang goi moi nang hang the len bach kim, doc ma gui ve de xac nhan',
  'Có nhóm trên mạng xin tiền giúp em bé bị bệnh, số tài khoản đứng tên một người lạ, tôi chuyển 200 nghìn được không',
  'chau oi ba thay tren facebook co doi thien nguyen xin tien xay nha tinh thuong, chuyen vao tai khoan truong doi',
  'Mã QR ở cây xăng bị dán đè một mã khác, quét vô tên người nhận lạ hoắc, tôi trả tiền được không',
  'Tôi nhận được cuộc gọi giọng đúng y ông anh ruột, nói đang ở sân bay thiếu tiền vé, nhờ chuyển 4 triệu vô tài khoản đại lý',
  'Ông ngoại quen bà Việt kiều trên mạng, bà gửi về cho ông thùng quà, giờ hải quan gọi bắt đóng 15 triệu thuế mới cho nhận',
  'co tin nhan chuc mung ba trung tu lanh, muon nhan tu lanh thi dong 500 nghin phi van chuyen',
  'Bạn cũ nhắn Zalo kẹt tiền đi viện, nhờ tôi ứng giúp 3 triệu qua số tài khoản mang tên người khác',
  'quét mã QR ở bãi xe thì nó mở ra trang bắt đăng nhập tài khoản ngân hàng, tôi nhập vô được không',
];

/** Told afterwards: the first line is what to do now. */
const PAID: string[] = [
  'Hôm qua bác làm theo người ta chỉ trên điện thoại, giờ tài khoản mất hết 20 triệu, bác phải làm sao',
  'tôi đã chuyển 3 triệu cho trang từ thiện trên mạng, giờ trang đó xóa rồi',
  'tau lo chuyen 2 trieu phi giao hang cho thang shipper ma no chan so roi, chừ răng',
];

/** Payments and money questions the learner starts: never the alarm. */
const OWN: string[] = [
  'Tôi muốn đóng tiền điện tháng này, trả bằng gì cho tiện?',
  'tien dien nha tui thang nay bao nhieu, tra bang gi cung duoc khong',
  'Đóng bảo hiểm y tế cho cả nhà trên VssID được không, trả bằng gì?',
  'bà muốn chuyển tiền mừng thọ cho mẹ ở quê, gửi về cho mẹ 2 triệu thì chuyển sao',
  'Trường bắt đóng tiền học thêm trước ngày 5, tôi chuyển khoản vào tài khoản của trường được không?',
  'bắt đóng tiền bảo hiểm xe máy bắt buộc ở đâu vậy con',
  'Tôi muốn ủng hộ quỹ khuyến học của xã 500 nghìn qua tài khoản của UBND xã, ghi nội dung gì?',
  'tui muon nap 100 nghin vao game cho chau tren app chinh thuc bang the ngan hang thi lam sao',
  'Đi chợ mua thịt 120 nghìn, chủ sạp đưa mã QR, quét thấy đúng tên chị ấy, trả luôn được không?',
  'Lương hưu về thẻ rồi, tôi muốn chuyển 1 triệu cho cháu ngoại đi học thì làm sao',
  'chuyển tiền cho con gái bên ngân hàng khác mà chưa thấy tới, chờ bao lâu',
  'chuyển tiền đám cưới cho em gái ở ngoài Bắc, em xài ngân hàng khác, có chuyển liền được không',
  'cháu chỉ bà từng bước chuyển tiền trên app ngân hàng với, bà hay quên',
  'Con chỉ má cách quét mã QR trả tiền chợ từng bước nhé',
  'Đóng tiền gửi xe tháng ở chung cư bằng chuyển khoản, ghi nội dung sao?',
  'Tôi muốn nạp thẻ game cho cháu ở cửa hàng tiện lợi thì mua ở đâu?',
  'Trợ cấp người có công tháng này chưa về thẻ, tôi hỏi ở đâu?',
  'Tôi chuyển tiền đóng học phí cho con ở trường đại học, app bắt quét mặt, sao vậy?',
];

const warned = (a: Answer) => a.kind === 'safety' && a.safety === 'scam' && a.text.includes('DỪNG LẠI');

describe('the money-safety net on session 13 shapes', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  }, 120_000);

  it.each(STORIES)('warns: %s', (q) => {
    expect(warned(answerer.draft(q).answer)).toBe(true);
  });

  it.each(PAID)('warns with what to do now, first: %s', (q) => {
    const a = answerer.draft(q).answer;
    expect(warned(a)).toBe(true);
    expect(a.text.split('\n')[1] ?? '').toContain('Đã lỡ chuyển tiền');
  });

  it.each(OWN)('never alarms on the learner’s own payment: %s', (q) => {
    const a = answerer.draft(q).answer;
    expect(a.kind).not.toBe('safety');
    expect(a.text).not.toContain('DỪNG LẠI');
  });

  it('names the stranger guiding taps on the phone', () => {
    const a = answerer.draft(
      'có người gọi xưng bên bưu điện, đang chỉ tôi bấm từng bước trên app để nhận tiền hoàn',
    ).answer;
    expect(warned(a)).toBe(true);
    expect(a.text).toContain('chỉ từng bước bấm');
  });

  it('reads "bắt đóng" with money as a fee, not a person lying still', () => {
    const a = answerer.draft('người xưng hải quan gọi bắt đóng 20 triệu thuế mới giao quà').answer;
    expect(a.safety).toBe('scam');
    const still = answerer.draft('ông nhà tôi té xong nằm bất động không trả lời').answer;
    expect(still.safety).toBe('medical-emergency');
  });

  it('tells the learner plainly not to rent, lend or sell an account', () => {
    const a = answerer.draft('có người trả tui 1 triệu để mượn tài khoản ngân hàng của tui, có sao không').answer;
    expect(a.kind).toBe('safety');
    expect(a.text).toContain('KHÔNG cho thuê, cho mượn, bán');
  });
});
