import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/core/content/content.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { keepAtStopQuestion, unclearAtStopQuestion } from '../../src/core/router/talk-commands.ts';
import { fold } from '../../src/core/text/fold.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { safetyChecks } from '../support/safety-expect.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
let content: Content;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  content = await repoContent();
  answerer = createAnswerer({ content, logger: silentLogger });
}, 120_000);

const { getsReply, getsKind, staysAnswer } = safetyChecks(() => answerer);

/** An attack with a wound: the reply names the police and the ambulance, whichever class leads. */
async function callsPoliceAndAmbulance(question: string) {
  const a = await answerer.answer(question);
  expect(a.kind).toBe('safety');
  expect(['violence', 'medical-emergency']).toContain(a.safety);
  expect(a.text).toMatch(/113/);
  expect(a.text).toMatch(/115/);
}

// Session 37 (fixn): safety classes other than the money scam, and false alarms.
describe('a fortune-teller met in person who asks money or gold gets the scam warning (session 37, fixn)', () => {
  it.each([
    'có ông thầy đến nhà nói nhà tôi bị hạn nặng, phải đưa tiền để giải hạn',
    'thầy bói ngoài chợ bảo tui phải mua bùa hộ mệnh 5 triệu mới hết xui',
    'ong thay noi nha bi xui, phai gui het tien tiet kiem cho ong lam le giai han',
    'má tui bị mấy người lạ nói nhà có hạn, đòi đưa vàng để cúng giải',
    'có bà thầy ghé nhà phán nhà bị vong theo, biểu má tui giao hết vàng cho bả làm phép',
    'cô đồng nói tui bị bùa ếm, phải đóng 20 triệu làm lễ',
  ])('"%s": do not hand over money or gold, 113', (q) => getsReply(q, 'scam', /ĐỪNG đưa tiền, vàng[\s\S]*113/));

  it.each([
    'đi xem bói ở đâu cho chính xác',
    'lễ giải hạn sao la hầu đầu năm ở chùa làm thế nào',
    'mua bùa bình an ở chùa đeo có được không',
    'thầy giáo bảo nộp tiền quỹ lớp 200 nghìn',
  ])('"%s": no warning', (q) => staysAnswer(q));
});

describe('an attack with a wound names 113 and 115 (session 37, fixn)', () => {
  it.each([
    'bị đánh bằng chai, chảy máu đầu',
    'bị đánh chảy máu đầu',
    'tui bị thằng hàng xóm phang cục gạch vô đầu, máu chảy ròng ròng',
    'thằng say rượu đập chai vô đầu tui, máu chảy nhiều',
    'bi dap chai bia vo dau chay mau',
    'bị người ta đánh bằng cây chảy máu đầu quá trời',
    'thằng cha say xỉn phang ghế vô đầu ba tui, máu chảy dữ lắm',
    'ba tui bị người ta đánh bằng cây, bể đầu rồi',
    'bị đánh bể đầu, giờ sao',
  ])('"%s"', (q) => callsPoliceAndAmbulance(q));

  it.each([
    // A fall with no one who struck: the ambulance alone.
    ['con té xe chảy máu đầu', 'medical-emergency'],
  ])('"%s": %s, no police line', async (q, kind) => {
    const a = await answerer.answer(q);
    expect(a.safety).toBe(kind);
    expect(a.text).not.toMatch(/113/);
  });

  it.each([
    'đập chai bia vô đầu người khác bị phạt tù mấy năm',
    'đánh người gây thương tích bằng chai bị xử lý thế nào',
  ])('"%s": the offence asked, no emergency', async (q) => {
    const a = await answerer.answer(q);
    expect(a.safety).not.toBe('medical-emergency');
  });
});

describe('Southern "bể đầu" is a split head, never a child (session 37, fixn)', () => {
  it.each(['bể đầu rồi, máu chảy quá', 'thằng nhỏ té bể đầu', 'thang nho te be dau chay mau'])('"%s": 115', (q) =>
    getsReply(q, 'medical-emergency', '115'),
  );

  it.each([
    'bể nước nhà tui bị rò',
    'cho con đi học bơi ở bể bơi nào',
    'bể cá cảnh lọc nước sao',
    'cục sạc bể đầu rồi mua ở đâu',
    'bé đầu lòng nhà tui mới vô lớp 1',
  ])('"%s": no safety reply', (q) => staysAnswer(q));
});

describe('a lender with no checks, asked whether it can be trusted, gets the loan-shark reply (session 37, fixn)', () => {
  it.each([
    'app cho vay online duyệt 5 phút có uy tín không',
    'má hỏi app vay duyệt liền trong 10 phút có đáng tin không',
    'app vay tien khong can tham dinh co an toan ko',
    'app vay dễ không cần thẩm định',
    'có app nào vay nhanh không cần giấy tờ chỉ cần căn cước không',
  ])('"%s"', (q) => getsKind(q, 'loan-shark'));

  it.each(['vay qua app bị gọi điện khủng bố người thân'])('"%s": the harassment is reported to the police', (q) =>
    getsReply(q, 'scam', /công an/),
  );

  it.each(['vay tín chấp ngân hàng cần giấy tờ gì', 'vay vốn ngân hàng chính sách xã hội ở đâu'])(
    '"%s": no warning',
    (q) => staysAnswer(q),
  );
});

describe("a shop owner's own payments stay ordinary; a stranger's deposit or refund still warns (session 37, fixn)", () => {
  it.each([
    'tôi bán tạp hóa, muốn nhận tiền khách chuyển khoản bằng mã QR thì làm sao',
    'tiệm tui bán bánh mì, muốn tạo mã qr để khách chuyển khoản thì làm răng',
    'quan toi muon nhan tien khach bang ma qr thi dang ky o dau',
    'quán cơm của tôi muốn xuất hóa đơn điện tử cho khách thì đăng ký thế nào',
    'chủ quán muốn xuất hóa đơn điện tử cho khách hàng dùng phần mềm nào',
    'tui chuyển khoản trả tiền hàng cho nhà cung cấp quen bằng app ngân hàng được không',
    'trả lương cho hai đứa phụ quán bằng chuyển khoản thì ghi nội dung sao',
    'cuối tháng tôi muốn chuyển lương cho 3 nhân viên qua app, làm sao cho nhanh',
    'hộ kinh doanh nộp thuế online trên eTax mobile như thế nào',
    'nộp thuế hộ kinh doanh qua app ngân hàng được hông',
    'tiệm tạp hóa đóng tiền nước cho cửa hàng bằng momo sao',
  ])('"%s": no warning', (q) => staysAnswer(q));

  it.each([
    'có khách lạ đặt 50 thùng bia, bảo tui chuyển trước tiền cọc cho bên vận chuyển',
    'khách đặt hàng rồi gọi bảo tui chuyển trước tiền cọc 2 triệu để giữ đơn',
    'có người nhắn nói lỡ chuyển nhầm vô tài khoản quán tui 5 triệu, đòi tui hoàn tiền vô số khác',
    'ai đó nhắn zalo nói chuyển nhầm 3 triệu vô tài khoản tiệm, kêu tui hoàn tiền vô số khác gấp',
  ])('"%s": the scam warning', (q) => getsKind(q, 'scam'));
});

describe('at "muốn dừng nhận tin nhắn phải không?", "thôi", "khỏi" decline stopping (session 37, fixn)', () => {
  it.each(['thôi', 'thoi', 'thôi khỏi', 'thoi khoi', 'khỏi', 'khoi', 'thôi nhé', 'thôi khỏi dừng', 'không cần'])(
    '"%s": keep messages coming',
    (said) => {
      expect(keepAtStopQuestion(fold(said), content.talk)).toBe(true);
      expect(unclearAtStopQuestion(fold(said), content.talk)).toBe(false);
    },
  );

  // Asked again: the stop feature reads the unclear list first ("thôi đi" is also "thôi" with a particle).
  it.each(['thôi thì', 'kệ', 'thôi kệ', 'thôi đi'])('"%s": asked again', (said) => {
    expect(unclearAtStopQuestion(fold(said), content.talk)).toBe(true);
  });

  it('no phrase is both kept and unclear', () => {
    const tables = content.talk.stop;
    const kept = new Set(tables.keepAtConfirm.map(fold));
    expect(tables.unclearAtConfirm.map(fold).filter((p) => kept.has(p))).toEqual([]);
  });
});
