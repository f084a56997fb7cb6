import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import type { Answer } from '../../src/features/answers/answer.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/**
 * Scam stories in the shapes of session 10 (issue 16), unlike money-safety-net.test.ts: an elder's
 * typing, Southern and Central speech, the scam in the middle of a long story, "có nên…", "làm sao
 * chuyển…". Written afresh, not copied from any evaluation set.
 */
const STORIES: string[] = [
  'me lo doc ma otp cho nguoi xung ngan hang roi con oi',
  'chau oi, co ong goi noi ba trung thuong tu lanh, bieu dong 500 nghin phi van chuyen moi giao. ba dong duoc khong',
  'người giao hàng nói đóng 200 nghìn thuế hải quan mới giao gói hàng từ nước ngoài',
  'co nguoi trong nhom zalo xom nhan rieng noi dong 300 nghin de nhan qua 2/9',
  'mấy đứa trên mạng kêu góp tiền mua vé số chung, chuyển vô tài khoản cá nhân nó trong tối nay',
  'tin nhan ten vietcombank bao diem thuong sap het han, doi qua link',
  'nha mang nhan tin diem thuong viettel het han hom nay, bam link doi qua',
  'khach mua vang gui anh chuyen khoan thanh cong 50 trieu, bieu giao hang lien ma app chua bao tien',
  'co ong goi xung can bo phuong bao nha toi duoc ho tro 2 trieu, bieu doc so tai khoan voi ma gui ve may',
  'ông hàng xóm ở Sài Gòn nhắn zalo nhờ tui chuyển giùm 4 triệu vô tài khoản người khác, nói thẻ ổng bị khóa',
  'đứa em họ bên Úc gọi video mặt mờ mờ, mượn 15 triệu gấp',
  'mi coi, có đứa nhắn tin xưng cô giáo thằng cu, biểu chuyển tiền học thêm vô tài khoản riêng gấp trong ngày',
  'Bữa giờ tui làm nhiệm vụ chấm điểm khách sạn trên app, nạp 3 triệu được trả 3 triệu rưỡi, giờ nó biểu nạp 20 triệu. Có nên hông?',
  'con toi duoc cong ty moi di xuat khau lao dong Nhat, bat dong 50 trieu dat coc qua tai khoan ca nhan',
  'toi quen ong bac si nguoi Anh tren mang, ong gui qua co hai quan goi bat dong phi',
  'ngan hang goi bao the tin dung cua toi bi tru tien, bat cai ung dung de hoan lai',
  'có cái app quảng cáo dọn rác điện thoại, bấm vô nó biểu cho phép trợ năng',
  'người xưng bảo hiểm xã hội gọi báo được hoàn tiền bảo hiểm, đọc số căn cước và số tài khoản',
  'có người gọi nói tôi trúng thưởng chương trình tri ân khách hàng, muốn nhận thì chuyển phí trước',
  'Tôi tìm tổng đài ngân hàng trên mạng, gọi thì họ bắt cài ứng dụng để hỗ trợ',
  'Sáng nay đi chợ về thấy mệt, chiều có người gọi xưng công an nói tôi liên quan vụ án rửa tiền, bắt chuyển tiền chứng minh, tối nay tôi định đi chuyển. Mà cho tôi hỏi cách gọi video Zalo.',
  'Con đang đi làm, mẹ kể có ai gọi xưng tòa án nói mẹ có đơn kiện, phải nộp tiền tạm ứng án phí qua tài khoản, mẹ có nên nộp?',
  'lam sao chuyen tien cho nguoi xung cong an cho nhanh, ho giuc qua',
  'co dua nhan tin messenger noi la chau noi, xin ba 2 trieu nap game gap',
  'Ông nhà tui nằm viện, tối qua có người gọi xưng bác sĩ khoa nội nói ổng cần mổ gấp, biểu chuyển 30 triệu vô tài khoản riêng của bác sĩ. Có nên chuyển hông?',
  'răng có người gọi xưng bên điện lực nói nhà tau nợ tiền điện, chiều nay cắt, bắt chuyển liền vô tài khoản họ đọc. tau có nên chuyển không',
  'thằng út nhắn zalo số lạ nói điện thoại nó hư, mượn má 7 triệu đóng tiền trọ, chuyển vô tài khoản bạn nó. làm sao chuyển cho nó hả con',
  'co so la goi xung ben toa an noi toi co lenh bat, muon xong thi chuyen 40 trieu bao lanh trong hom nay, dung noi voi con chau',
  'Bác nghe đứa cháu gọi video qua Messenger, hình tối thui, nó nói đang bị công an giữ, cần 20 triệu chuộc ra gấp',
  'tui được nhắn tin mời làm cộng tác viên chốt đơn online, làm xong nhiệm vụ đầu được 200 nghìn, giờ bắt nạp 10 triệu mới nhận đơn lớn. Có nên nạp?',
  'mệ tui có người tới nhà xưng nhân viên ngân hàng, nói phải cài app theo link để nhận lương hưu tháng này',
  'Ba coi tivi xong có tin nhắn nói ba trúng thưởng chương trình ngày 30 tháng 4, bấm link nhập số thẻ để nhận 5 triệu. Ba bấm được không?',
  'mấy người trong nhóm đầu tư vàng trên Zalo nói lãi mỗi tuần 10%, biểu tui chuyển 50 triệu vô tài khoản chuyên gia. Làm sao chuyển?',
  'Có tin nhắn bưu điện nói bưu kiện của tôi bị giữ ở kho vì sai địa chỉ, bấm link trả 25 nghìn phí giao lại',
  'người xưng hải quan gọi nói có gói hàng quà tặng từ Mỹ, phải đóng 12 triệu thuế mới giao',
  'có người gọi xưng nhân viên bảo hiểm xã hội nói tôi được hoàn tiền đóng dư, biểu đọc số thẻ ngân hàng và mã gửi về',
  'cô ơi, có đứa nhắn xưng giáo viên chủ nhiệm của bé Na, biểu chuyển 2 triệu tiền đồng phục vô tài khoản riêng trong tối nay',
  'Ong sep cong ty con toi goi video, hinh giat giat, bieu con toi chuyen gap 300 trieu cho doi tac, khong duoc noi ai',
  'Tui thấy quảng cáo app làm sạch điện thoại, bấm vô nó biểu tải file apk về cài',
  'có số 1900 gọi tự xưng tổng đài Vietcombank nói tài khoản tôi bị lộ, biểu đọc mã OTP để khóa giùm',
  'chi cuc thue nhan tin noi toi duoc hoan thue thu nhap ca nhan, bam link nhap thong tin the ngan hang de nhan',
  'toi quen mot ong ky su dau khi tren zalo, ong hua cuoi, gio ong nho toi chuyen 30 trieu dong phi rut luong',
  'cong ty moi di lao dong Han Quoc bat dong 80 trieu tien coc vo tai khoan ca nhan giam doc',
];

/** Told afterwards: the money or the code already went. The first line is what to do now. */
const PAID: string[] = [
  'tui lo chuyen 5 trieu cho thang xung nhan vien dien luc roi, gio tinh sao',
  'Dạ tôi đã nạp 30 triệu vào sàn đầu tư, giờ không rút được, tôi phải làm gì ạ?',
  'tui chuyen coc cho nguoi ban hang tren facebook roi ho chan tui luon',
  'vua chuyen 10 trieu cho zalo cua chau, goi lai so cu thi chau noi khong he nhan tin. gio sao',
  'Ba đã chuyển tiền cho người xưng công an hôm qua, giờ báo ai?',
  'chết rồi, má lỡ đọc mã cho người xưng ngân hàng, giờ làm gì trước',
  'em da nap 5 trieu lam nhiem vu tren app, gio khong rut duoc, ho bat nap them',
  'tui vừa chuyển 3 triệu cọc phòng homestay trên fanpage, giờ họ xóa facebook luôn',
];

/** Payments and money questions the learner starts: a one-line caution may come, the alarm never. */
const OWN: string[] = [
  'tháng này tui đóng tiền điện 700 nghìn trên app Agribank, vô mục nào',
  'dong tien nuoc qua momo can ma khach hang o dau',
  'mua rau ngoai cho quet ma qr cua co ban rau duoc khong',
  'chuyển 5 triệu cho con trai đi học đại học qua app Vietcombank sao con',
  'lương hưu tháng này chuyển vô tài khoản chưa, coi ở đâu',
  'nap tien vao vi zalopay tu tai khoan agribank lam sao',
  'con gái gửi tiền về cho má, má coi số dư ở mô',
  'chuyển tiền mua lúa giống 20 triệu cho đại lý quen mà app bắt quét mặt',
  'chuyen khoan mung dam cuoi cho chau ghi loi chuc sao cho hay',
  'Thứ bảy chuyển tiền qua ngân hàng khác có tới liền không',
  'đóng học phí cho cháu nội qua ngân hàng thì ghi nội dung gì',
  'lỡ chuyển khoản nhầm tiền nhà cho người khác, làm sao đòi lại',
  'tui ban banh cuon muon co ma qr cho khach chuyen khoan',
  'mo tai khoan ngan hang cho ba 80 tuoi can giay to gi',
  'nap tien dien thoai cho me bang app ngan hang',
  'coi lich su chuyen tien thang truoc tren app bidv o dau',
  'dong tien internet fpt hang thang bang zalopay duoc khong',
  'kham benh xong tra tien vien phi bang quet ma qr o quay thu ngan',
  'the atm het han doi o dau',
  'gửi tiết kiệm online trên app ngân hàng có an toàn không',
  'li xi cho chau qua momo ngay tet lam sao',
  'dang ky trich no tu dong tien dien hang thang o dau',
  'chuyển tiền cho con gái mà app báo đang xử lý, có mất không',
  'rút tiền ở cây ATM ngân hàng khác mất phí bao nhiêu',
  'tui ban ve so, khach quet ma qr cua tui tra tien, sao biet tien vo',
  'tháng này đóng 2 triệu tiền học cho cháu qua app được không',
  'chùa trong xóm góp tiền đúc chuông, tui muốn chuyển khoản vô tài khoản của chùa',
  'tôi đã chuyển tiền cho con rồi mà con chưa nhận được',
  'tui da nap tien vao vi momo roi ma khong rut duoc ve ngan hang',
  'mẹ đã đóng tiền điện rồi mà vẫn bị nhắn nợ',
  'tich diem thuong cua vietcombank doi qua o dau',
  'mua hàng trên shopee đã chuyển tiền rồi mà shop không giao hàng',
  'tui chuyen khoan tien nha cho chu tro roi ma chu noi chua nhan',
  'dong 3 trieu bao hiem y te ho gia dinh o dau',
  'vay ngan hang chinh sach 20 trieu phai dong phi gi khong',
  'tôi bán hàng, khách gửi ảnh chuyển khoản, làm sao kiểm tra tiền đã vào',
  'cap quyen tro nang cho ung dung doc man hinh talkback the nao',
  'ba nhap vien, tui chuyen tien vien phi cho benh vien qua app duoc khong',
  'khám ở bệnh viện tỉnh xong trả tiền bằng QR, cần giữ hóa đơn không',
  'nhap ma otp chuyen tien no bao ma khong dung hoac da het han',
  'mua loa bao tien chuyen khoan cho tiem tap hoa o dau',
  'quet ma qr dong tien xet nghiem o benh vien xong, co can chup man hinh khong',
  'đường link dịch vụ công quốc gia là gì',
  'tui nop 500 nghin tien phat nguoi tren dich vu cong thi lam sao',
  'con gai gui link zalo nhom gia dinh, vao bang cach nao',
  'co nen gop von mo quan com voi ban than khong',
  'ong xa nhan toi xin 200 nghin dong quy khuyen hoc',
];

/** Renting out one's own account, with no code, link or app: the refusal naming lending, not a warning. */
const LENT = [
  'ông ơi có nên cho người ta thuê tài khoản ngân hàng 3 triệu tháng không',
  'có ông nhắn facebook muốn thuê tài khoản ngân hàng của tui mỗi tháng 3 triệu, chỉ nhận tiền giùm thôi. có nên cho thuê không con',
];

const warned = (a: Answer) => a.kind === 'safety' && a.safety === 'scam' && a.text.includes('DỪNG LẠI');

describe('the money-safety net on stories', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  }, 120_000);

  it('has at least 40 phrasings each way', () => {
    expect(STORIES.length + PAID.length).toBeGreaterThanOrEqual(40);
    expect(OWN.length).toBeGreaterThanOrEqual(40);
  });

  it.each(LENT)('refuses renting out one own account: %s', (q) => {
    const a = answerer.draft(q).answer;
    expect(a.safety).toBe('identity-fraud');
    expect(a.text).toContain('cho thuê');
    expect(a.text).toContain('156');
  });

  it.each(STORIES)('warns: %s', (q) => {
    expect(warned(answerer.draft(q).answer)).toBe(true);
  });

  it.each(PAID)('warns with what to do now, first: %s', (q) => {
    const a = answerer.draft(q).answer;
    expect(warned(a)).toBe(true);
    const first = a.text.split('\n')[1] ?? '';
    expect(first).toContain('Đã lỡ chuyển tiền');
    expect(first).toContain('tổng đài ngân hàng');
    expect(first).toContain('giữ lại tin nhắn');
    expect(first).toContain('công an');
  });

  it.each(OWN)('never alarms on the learner’s own payment: %s', (q) => {
    const a = answerer.draft(q).answer;
    expect(a.kind).not.toBe('safety');
    expect(a.text).not.toContain('DỪNG LẠI');
  });

  it('tells a seller to trust only the money in the app, not a picture of a transfer', () => {
    const a = answerer.draft(
      'khách lạ gửi ảnh chuyển khoản thành công 8 triệu, hối giao hàng liền mà app tui chưa báo tiền',
    ).answer;
    expect(warned(a)).toBe(true);
    expect(a.text).toContain('biến động số dư');
  });

  it('leaves a wallet that will not pay out to the knowledge base', () => {
    const a = answerer.draft('đã nạp tiền vô ví rồi mà không rút được về ngân hàng').answer;
    expect(a.text).not.toContain('DỪNG LẠI');
  });
});
