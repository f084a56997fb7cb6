import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

/** A sure knowledge answer from this entry, carrying a fact the learner would notice. */
async function answeredFrom(q: string, entry: string, fact: RegExp) {
  const a = await answerer.answer(q);
  expect(a.kind).toBe('knowledge');
  expect(a.entry).toBe(entry);
  expect(a.text).toMatch(fact);
}

/** Whatever the answer, it is not from this entry (a look-alike keeps its own). */
async function notFrom(q: string, entry: string) {
  const a = await answerer.answer(q);
  expect(a.entry).not.toBe(entry);
}

describe('a video call to a child when no app is named (session 29)', () => {
  it.each([
    'chỉ tui cách gọi video cho thằng con với',
    'mi chỉ tui gọi video cho con',
    'mi coi giùm tui gọi video cho đứa con gái',
    'làm sao gọi video cho cháu nội',
    'tui muon goi thay mat con',
    'Xin hướng dẫn tôi cách gọi video cho con cháu ở xa',
  ])('"%s" gets the video-call steps', (q) => answeredFrom(q, 'zk-goi-video-cho-con-chau', /máy quay/));

  it.each([
    ['goi video zalo sao', 'zalo-goi-video'],
    ['goi video nhom zalo cho ca nha', 'dt-zalo-goi-nhom'],
    ['goi zalo co ton tien khong', 'zalo-goi-mien-phi'],
  ])('"%s" keeps %s', async (q, entry) => {
    const a = await answerer.answer(q);
    expect(a.entry).toBe(entry);
  });
  it('a call on Messenger is not answered with the no-app steps', () =>
    notFrom('goi video messenger sao', 'zk-goi-video-cho-con-chau'));
  it('a stranger in police uniform on video is still a scam warning', async () => {
    const a = await answerer.answer('có người xưng công an gọi video bắt tui mở camera lên');
    expect(a.kind).toBe('safety');
  });
});

describe('deleted Zalo messages (session 29)', () => {
  it.each([
    'lo xoa tin nhan zalo roi lay lai duoc khong',
    'Khôi phục tin nhắn Zalo đã xóa',
    'tui lỡ tay xóa cuộc trò chuyện zalo với con gái, lấy lại sao',
    'tin nhan zalo bi xoa mat het roi khoi phuc duoc khong',
  ])('"%s" is told what comes back and what does not', (q) =>
    answeredFrom(q, 'zk-khoi-phuc-tin-nhan-da-xoa', /sao lưu/),
  );

  it.each([
    ['gửi nhầm tin nhắn zalo thu hồi sao', 'dt-zalo-thu-hoi'],
    ['xoa tin nhan zalo thi ben kia con thay khong', 'dt-zalo-thu-hoi'],
    ['doi may moi co mat tin nhan zalo ko', 'zalo-sao-luu-tin-nhan'],
    ['sao luu tin nhan zalo', 'zalo-sao-luu-tin-nhan'],
    ['tin nhan tu xoa tren zalo', 'zalo-tin-nhan-tu-xoa'],
  ])('"%s" keeps %s', async (q, entry) => {
    const a = await answerer.answer(q);
    expect(a.entry).toBe(entry);
  });
});

describe('a lost land-use certificate (session 29)', () => {
  it.each([
    'so do bi mat thi lam lai sao',
    'Giấy chứng nhận quyền sử dụng đất bị mất xin cấp lại thế nào?',
    'nhà tui làm mất sổ đỏ rồi, làm lại ở đâu',
    'sổ hồng nhà tui bị mất, làm lại ở đâu',
  ])('"%s" is sent to the commune and the land office', (q) =>
    answeredFrom(q, 'dq-cap-lai-so-do-bi-mat', /Văn phòng đăng ký đất đai/),
  );

  it.each([
    'lam so do mat bao lau',
    'tui muon sang ten so do cho con',
    'Cấp đổi giấy chứng nhận quyền sử dụng đất bao nhiêu ngày thì xong?',
  ])('"%s" is not the lost-certificate entry', (q) => notFrom(q, 'dq-cap-lai-so-do-bi-mat'));
});

describe('an insurer refusing to pay, and buying life insurance (session 29)', () => {
  it.each([
    'bao hiem khong chiu tra tien thi khieu nai o dau',
    'công ty bảo hiểm nhân thọ từ chối chi trả quyền lợi, tôi khiếu nại ở đâu?',
    'bảo hiểm sức khỏe không chịu bồi thường tiền nằm viện',
    'cong ty bao hiem tu choi tra tien nam vien cua ba tui',
  ])('"%s" is told to complain in writing, then to court', (q) =>
    answeredFrom(q, 'dq-bao-hiem-tu-choi-chi-tra', /tòa án/),
  );

  it.each([
    'mua bao hiem nhan tho co nen khong',
    'nguoi ta goi moi mua bao hiem nhan tho qua dien thoai',
    'lo ky hop dong bao hiem roi huy duoc khong',
  ])('"%s" hears of the 21 days to change one\'s mind', (q) =>
    answeredFrom(q, 'dq-mua-bao-hiem-nhan-tho-can-nho', /21 ngày/),
  );

  it.each(['bao hiem xa hoi mot lan rut sao', 'benh vien khong cho huong bao hiem y te', 'mat the bhyt lam lai sao'])(
    '"%s" (social or health insurance) is no commercial-insurance entry',
    async (q) => {
      const a = await answerer.answer(q);
      expect(a.entry ?? '').not.toMatch(/^dq-(bao-hiem|mua-bao-hiem)/);
    },
  );
});

describe('look-alikes the new land and insurance words must not take (session 29)', () => {
  it('a lost social-insurance book is never answered for sure as a lost land title', async () => {
    const a = await answerer.answer('so bao hiem xa hoi ban giay bi mat thi xin cap lai o dau');
    expect(a.unsure).toBe(true);
  });
  it.each([
    'Bố mẹ tôi mất để lại nhà đất, anh em tôi muốn làm thủ tục thừa kế quyền sử dụng đất, nộp qua Cổng Dịch vụ công được không?',
    'ba tui mat roi, sang ten so do cho anh em tui lam sao',
  ])('"%s" (inheriting land) keeps the land-procedure entry', async (q) => {
    const a = await answerer.answer(q);
    expect(a.entry).toBe('dvc-dat-dai-xay-dung');
  });
});

describe('fresh errands: voice typing, translation, a shop on Zalo, AI by voice (session 29)', () => {
  it.each([
    ['chi toi cach noi vo dien thoai ma no tu go chu', 'dt-go-tieng-viet', /micro/],
    ['mi chi tui cach noi thay cho go tren dien thoai', 'dt-go-tieng-viet', /micro/],
    ['Xin hướng dẫn cách nói vào điện thoại để nó tự viết thành chữ', 'dt-go-tieng-viet', /micro/],
    ['con gai tui lay chong han quoc, tui muon dich tin nhan tieng han', 'ai-dich-va-kiem-tra', /dịch/],
    ['con dau tui nguoi trung quoc, nho AI dich tin nhan duoc khong', 'ai-dich-va-kiem-tra', /dịch/],
    ['tui muon tao nhom zalo cho khach quen de bao gia', 'shop-ban-hang-qua-zalo', /nhóm Zalo khách quen/],
    ['lam sao dang san pham len zalo cua hang', 'shop-ban-hang-qua-zalo', /Zalo OA/],
    ['ứng dụng AI nói chuyện được bằng tiếng Việt là cái nào', 'ai-chatgpt-giong-noi', /giọng nói/],
    ['tui muon noi chuyen voi AI bang tieng viet', 'ai-chatgpt-giong-noi', /giọng nói/],
    [
      'Xin hỏi người cao tuổi trên 80 tuổi nhận trợ cấp xã hội làm hồ sơ ở đâu?',
      'bhxh-huu-tri-xa-hoi-thu-tuc',
      /UBND xã/,
    ],
  ])('"%s" is answered surely from %s', (q, entry, fact) => answeredFrom(q, entry, fact));

  it.each([
    ['go dau tieng viet tren dien thoai', 'dt-go-tieng-viet'],
    ['nho chatgpt viet bai dang ban hang tren facebook cho tiem tap hoa cua tui duoc khong', 'ai-bai-dang-ban-hang'],
    ['dung may dich tieng anh sang tieng viet tren dien thoai sao', 'ai-dich-bang-camera'],
  ])('"%s" keeps %s', async (q, entry) => {
    const a = await answerer.answer(q);
    expect(a.entry).toBe(entry);
  });
});

describe('an old family photo made sharp again (session 29)', () => {
  it.each([
    'tui muon lam tam hinh cu cua ba ma cho ro net lai',
    'phuc che anh cu o dau',
    'cai app chinh hinh nao xai duoc ma khong bi lua',
  ])('"%s" gets the two steps and the cautions', (q) => answeredFrom(q, 'ag-phuc-hoi-anh-cu', /ảnh gốc/));

  it.each([
    ['xoa phong anh san pham ban hang', 'ai-anh-san-pham'],
    ['app chinh anh ai xin quyen danh ba co nen cho', 'ai-trao-luu-anh-du-lieu-khuon-mat'],
  ])('"%s" keeps %s', async (q, entry) => {
    const a = await answerer.answer(q);
    expect(a.entry).toBe(entry);
  });
});

describe('"già yếu" (old and frail) is no "giả" (fake) (session 29)', () => {
  it.each([
    'lam lai can cuoc cho ba ngoai gia yeu khong di duoc',
    'ong noi tui gia yeu nam mot cho, cong an co toi nha lam can cuoc khong',
  ])('"%s" is told the police come home to make the card', (q) =>
    answeredFrom(q, 'gt-can-cuoc-lam-tai-nha', /lưu động/),
  );

  it.each(['lam can cuoc gia o dau', 'mua so do gia'])('"%s" is still refused as a fake paper', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('forgery');
  });
});

describe('fresh errands, second round (session 29)', () => {
  it.each([
    ['tai zalo ve may moi o dau', 'dt-cai-ung-dung', /CH Play/],
    ['cach nop ho so lam so do lan dau online', 'dvc-dat-dai-xay-dung', /dichvucong\.gov\.vn/],
    ['AI lam video quang cao tiem banh duoc khong', 'ai-video-san-pham-nhieu-thu-tieng', /video/],
    ['lam sao lam logo cho quan nuoc bang AI', 'ai-tao-anh-poster', /AI/],
    ['con tui di lam o han quoc, gui tien ve nhan sao', 'gd-nhan-tien-tu-nuoc-ngoai', /SWIFT/],
    ['bo tui muon hoc su dung dien thoai, lop o dau', 'phong-trao-lop-hoc-nguoi-cao-tuoi', /lớp/i],
  ])('"%s" is answered surely from %s', (q, entry, fact) => answeredFrom(q, entry, fact));

  it.each([
    ['lam so do mat bao lau', 'hn-thoi-gian-cap-so-do'],
    ['cai app ngan hang vao dien thoai moi sao cho an toan', 'dt-cai-ung-dung'],
    ['tao thiep moi sinh nhat bang AI', 'ai-loi-chuc-thiep'],
  ])('"%s" keeps %s', async (q, entry) => {
    const a = await answerer.answer(q);
    expect(a.entry).toBe(entry);
  });
});

describe('formal and Central shapes, third round (session 29)', () => {
  it.each([
    [
      'Kính hỏi: tôi muốn dùng AI để dịch hợp đồng thuê nhà sang tiếng Anh cho người thuê nước ngoài, có đảm bảo không?',
      'ai-dich-va-kiem-tra',
      /dịch thuật công chứng/,
    ],
    ['Xin hỏi có ứng dụng nào đọc to văn bản cho người mắt kém không?', 'dt-doc-to-man-hinh', /đọc to/],
  ])('"%s" is answered surely from %s', (q, entry, fact) => answeredFrom(q, entry, fact));

  it('a Korean drama is no money sent from Korea', async () => {
    const a = await answerer.answer('phim bo han quoc nao dang hay');
    expect(a.entry).toBeUndefined();
  });
});

describe("a vehicle's compulsory insurance is no health insurance (session 29)", () => {
  it('"bao hiem xe may bat buoc mua o dau" is not answered for sure with the student health card', async () => {
    const a = await answerer.answer('bao hiem xe may bat buoc mua o dau');
    expect(a.unsure).toBe(true);
  });
  it('the student health card keeps its own question', async () => {
    const a = await answerer.answer('bhyt hoc sinh mua o dau');
    expect(a.entry).toBe('sk-bhyt-hoc-sinh');
    expect(a.unsure).toBe(false);
  });
});

describe('strangers offering the new errands for money are still scams (session 29)', () => {
  it.each([
    'co nguoi goi xung nhan vien bao hiem noi ho so boi thuong bi tu choi, chuyen 2 trieu phi de duoc duyet lai',
    'nguoi la nhan tin nhan khoi phuc tin nhan zalo da xoa, bat chuyen 300 nghin truoc',
    'co nguoi nhan lam lai so do nhanh trong 3 ngay, doi dat coc 10 trieu',
    'ai do nhan link cai app phuc che anh mien phi, bat nhap so tai khoan',
  ])('"%s" gets the scam warning', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('scam');
  });
});
