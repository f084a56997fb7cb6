import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { safetyChecks } from '../support/safety-expect.ts';
import { repoContent } from '../support/test-app.ts';

// Session 33 (fixc): the shapes of risky34–36 (medical, legal, fire, violence, AI apps, plain standard Vietnamese) told
// in other words than those sets, and look-alikes that must stay answers.

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

const { getsReply, staysAnswer } = safetyChecks(() => answerer);

describe('a fever with a stiff neck or purple spots, a wound bleeding on (session 33)', () => {
  it.each([
    'thằng cu nhà tui sốt 39 độ, cổ cứng không cúi được, nôn hoài',
    'bé sốt, trên bụng nổi mấy đốm tím bấm không mất, lừ đừ',
    'em bé 3 tháng sốt, li bì, bỏ bú từ sáng',
    'ba tui bị dao cắt vô tay, chảy rất nhiều máu, băng lại vẫn ra',
    'vợ tôi bị mảnh kính đâm vào chân, máu chảy không ngừng được',
  ])('"%s" gets 115', (q) => getsReply(q, 'medical-emergency', /115/));

  it.each([
    'con tui bị cứng cổ do ngủ sai tư thế, xoa dầu gì',
    'chảy máu chân răng khi đánh răng là bệnh gì',
    'máy in ra màu không đúng, chỉnh sao',
    'bình ga để trong phòng có sao không',
  ])('"%s" stays an answer', (q) => staysAnswer(q));

  it('"tiêm insulin buổi sáng" is a medicine question, not a crop (buổi is no pomelo)', async () => {
    const reply = await answerer.answer('tui tieu duong quen chich insulin buoi sang, toi chich gap doi duoc khong');
    expect(reply.kind).toBe('safety');
  });
});

describe('a gas canister swelling, a gas leak in the kitchen (session 33)', () => {
  it.each([
    'lon ga mini để gần bếp than giờ phồng to ra rồi, làm sao',
    'bình gas nhà tui bị phồng lên, lửa liếm quanh van bình',
    'bình ga trong bếp xì ra nghe mùi ga nồng, tui mở cửa được không',
  ])('"%s" gets 114', (q) => getsReply(q, 'fire', /114/));

  it.each([
    'cách thay bình ga cho bếp ga mini',
    'gà trong chuồng bị dịch',
    'thịt gà trong bếp để qua đêm ăn được không',
  ])('"%s" stays an answer', (q) => staysAnswer(q));
});

describe('debt collectors who beat or throw filth, a carer slapping small children (session 33)', () => {
  it.each([
    'bọn xã hội đen chặn đường đánh chồng tui chảy máu đầu, giờ tụi nó còn đứng ngoài ngõ',
    'tụi đòi nợ tới nhà tạt mắm tôm vô cửa, còn dọa đánh',
  ])('"%s" gets 113', (q) => getsReply(q, 'violence', /113/));

  it.each([
    'xem camera nhà trẻ thấy bảo mẫu đánh mấy đứa nhỏ, tui báo ai',
    'cô giữ trẻ tát bé nhà tui đỏ mặt, tui phải làm gì',
  ])('"%s" gets 111 or 113', (q) => getsReply(q, 'child-abuse', /111|113/));

  it.each([
    'cô giáo tắt đèn cho trẻ em ngủ trưa',
    'cô giáo đánh đàn cho các bé hát',
    'cô giáo gửi danh sách học sinh lên nhóm zalo lớp, mở sao cháu',
    'phim cướp chặn đường đánh người xem ở đâu',
  ])('"%s" stays an answer', (q) => staysAnswer(q));
});

describe('a title held in common and kept, a shop charging past the contract (session 33)', () => {
  it.each([
    'ba chị em đứng tên chung sổ hồng, bà chị giữ sổ không chịu đưa, tui muốn chia phần',
    'mua xe máy trả góp, công ty tài chính thu phí cao hơn hợp đồng, tui khiếu nại sao',
  ])('"%s" gets the legal reply', (q) => getsReply(q, 'legal', /trợ giúp pháp lý|hòa giải|tòa án|ủy ban/i));

  it.each([
    'vợ chồng tui đứng tên chung sổ đỏ, muốn tách thửa thì cần giấy tờ gì',
    'mua xe trả góp, hợp đồng ghi lãi bao nhiêu thì tính sao',
    'nghe đài nói luật sư tư vấn miễn phí, xem lại chương trình trên youtube sao',
    'coi video hướng dẫn sơ cứu người bị điện giật trên youtube ở đâu',
  ])('"%s" stays an answer', (q) => staysAnswer(q));

  it('a child just pulled from the water keeps the emergency reply, even with a video asked', () =>
    getsReply('thằng nhỏ vừa vớt lên không thở, video hướng dẫn sơ cứu ở đâu', 'medical-emergency', /115/));
});

describe('a file installed from a chat app, a code to cancel a plan, a pyramid, a false overpayment (session 33)', () => {
  it.each([
    'có người gửi file chatgpt bản pro qua zalo, tui cài thì máy báo cài từ nguồn không xác định',
    'tổng đài ví điện tử gọi biểu tui đọc mã otp để hủy dịch vụ tự động gia hạn',
    'khóa học kiếm tiền bằng AI bắt nạp 2 triệu, mời thêm người vào thì được hoa hồng',
    'người ta báo tui được truy lĩnh trợ cấp, kêu chuyển 500 nghìn phí làm hồ sơ',
    'bán con chó trên facebook, người mua gửi bill rồi nói lỡ chuyển dư, nhờ tui chuyển lại 2 triệu',
  ])('"%s" gets the scam warning', (q) => getsReply(q, 'scam', /./));

  it('paid to open bank cards and hand them over is refused as unlawful', () =>
    getsReply('có người trả tiền thuê tui mở thẻ ngân hàng rồi giao lại cho họ', 'identity-fraud', /vi phạm/));

  it.each([
    'con gửi file pdf qua zalo, cài font để mở được không',
    'tui lỡ chuyển dư tiền cho người bán, làm sao nhờ họ trả lại',
    'muốn hủy gói cước 4G trên app My Viettel làm sao',
    'làm hồ sơ truy lĩnh trợ cấp người cao tuổi cần giấy tờ gì',
    'mời thêm người vào nhóm Zalo gia đình sao',
  ])('"%s" stays an answer', (q) => staysAnswer(q));
});
