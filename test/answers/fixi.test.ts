import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { PLAIN_LANGUAGE } from '../../src/features/answers/language.ts';
import { contentWords } from '../../src/features/answers/search-terms.ts';
import { safetyChecks } from '../support/safety-expect.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

const { getsReply, staysAnswer } = safetyChecks(() => answerer);

/** A sure knowledge answer from the entry named. */
async function answeredBy(q: string, entry: string) {
  const a = await answerer.answer(q);
  expect(a.kind).toBe('knowledge');
  expect(a.unsure).toBe(false);
  expect(a.entry).toBe(entry);
}

// Session 36 (fixi): shapes that hid a topic or missed a risk in voice-typed messages (trial47) and in problems found
// by hand: a relative and an age, a purpose clause, a relative scammed, a contact blocked after a deposit, a visitor
// asking a password, a logged-in phone lent, an inheritance quarrelled over, a customer's ID put into a chatbot.

describe('an older relative and an age do not hide the task (session 36, fixi)', () => {
  it('drops "cho mẹ tôi 80 tuổi" from the topic words, keeps a child and the public', () => {
    expect(contentWords('cài VNeID cho mẹ tôi 80 tuổi', PLAIN_LANGUAGE)).toEqual(['cai', 'vneid']);
    expect(contentWords('làm căn cước cho con tôi 5 tuổi', PLAIN_LANGUAGE)).toContain('5');
    expect(contentWords('phát gạo cho bà con 70 tuổi', PLAIN_LANGUAGE)).toContain('70');
  });

  it.each([
    ['cài VNeID cho mẹ tôi 80 tuổi', 'vneid-cai-dat'],
    ['tải VNeID giúp ba tui 68 tuổi', 'vneid-cai-dat'],
    ['cài vneid cho ông nhà tôi năm nay tám mươi', 'vneid-cai-dat'],
    ['cài VNeID cho bà ngoại 75 tuổi ở quê', 'vneid-cai-dat'],
  ])('"%s" is answered by %s', answeredBy);
});

describe('a named app wanted for a purpose: the install is asked (session 36, fixi)', () => {
  it.each([
    ['cài Zalo để gọi video, cài ở đâu', 'dt-cai-ung-dung'],
    ['tải zalo về để gọi video cho con thì tải ở đâu', 'dt-cai-ung-dung'],
    ['cai zalo de goi video cho chau cai o dau', 'dt-cai-ung-dung'],
    // An app not named keeps its purpose: that says which app.
    ['Hóa đơn tiền điện có ghi tải app điện lực để xem tiền điện, tui tải ở đâu?', 'tt-tien-dien-ung-dung-evn'],
    ['dùng app gì để gọi video cho con ở nước ngoài', 'zalo-hay-messenger-goi-video'],
    ['gọi video bằng zalo thế nào', 'zalo-goi-video'],
  ])('"%s" is answered by %s', answeredBy);
});

describe('health insurance at the commune clinic: what to bring (session 36, fixi)', () => {
  it.each([
    'khám BHYT ở trạm y tế xã mang gì',
    'kham bhyt o tram xa can dem theo gi',
    'ra trạm xá khám bảo hiểm y tế thì đem theo cái chi',
    'đi khám bảo hiểm ở trạm y tế phường cần mang theo giấy tờ gì',
  ])('"%s" is answered surely, the ID card named', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('knowledge');
    expect(a.unsure).toBe(false);
    expect(a.text).toMatch(/căn cước/);
  });
});

describe('a relative scammed, told afterwards: the bank and the police (session 36, fixi)', () => {
  it.each([
    'mẹ tôi bị lừa chuyển tiền rồi giờ báo ai',
    'ba tui bị lừa chuyển khoản năm chục triệu hôm qua giờ trình báo ở đâu',
    'mạ em bị lừa nạp tiền vô app đầu tư rồi, chừ báo ai',
    'ong ngoai toi bi lua chuyen 30 trieu roi gio lam sao',
  ])('"%s"', async (q) => {
    await getsReply(q, 'scam', /tổng đài ngân hàng/);
    await getsReply(q, 'scam', /công an/);
  });

  it.each([
    // The learner's own loss stays the entry's; a scam feared or avoided is no loss.
    'tôi bị lừa chuyển tiền rồi giờ báo ai',
    'làm sao để không bị lừa chuyển tiền',
    'mẹ tôi sợ bị lừa nên chưa chuyển tiền, giờ hỏi ai',
    'mẹ tôi chuyển tiền học phí cho cháu rồi, giờ xem lại ở đâu',
    'Năm ngoái tui bị lừa mất 2 triệu, công an giải quyết xong rồi, giờ tui muốn học cách nhận biết tin nhắn giả',
  ])('"%s" stays an answer', staysAnswer);
});

describe('a deposit sent, then blocked or gone silent (session 36, fixi)', () => {
  it.each([
    'chị tui đặt tour du lịch, chuyển cọc xong bị chặn',
    'em tôi thuê homestay đà lạt đã chuyển cọc 2 triệu rồi giờ bên đó mất hút',
    'anh tui mua điện thoại trên mạng chuyển khoản xong người bán mất tăm',
    'co toi dat phong khach san chuyen coc roi bi block',
  ])('"%s"', (q) => getsReply(q, 'scam', /tổng đài ngân hàng/));

  it.each([
    // What the bank or the network blocked, or the learner's own card.
    'tôi chuyển tiền xong bị chặn giao dịch, ngân hàng báo sai số tài khoản',
    'tôi chuyển khoản xong thì thẻ bị chặn, gọi tổng đài sao',
    'tôi nạp tiền xong bị chặn cuộc gọi đi, nhà mạng bảo hết tiền',
    'tôi chuyển tiền xong thì tài khoản bị chặn',
    'con tui chặn số lạ rồi, tui chuyển tiền học phí xong',
  ])('"%s" stays an answer', staysAnswer);
});

describe('someone in person asks a password: the visitor line, not the far-away relative (session 36, fixi)', () => {
  it.each([
    'bà bạn tới tận nhà xin mật khẩu zalo của tui',
    'người quen ghé nhà mượn điện thoại rồi hỏi mã pin của tôi',
    'hàng xóm sang nhà bảo đọc mã otp cho nó để nhận quà',
  ])('"%s"', async (q) => {
    await getsReply(q, 'scam', /đến tận nhà/);
    const a = await answerer.answer(q);
    expect(a.text).not.toMatch(/Gọi lại bằng số điện thoại quen/);
  });

  it('a friend asking by Zalo keeps the call-back line', () =>
    getsReply('bạn tôi nhắn zalo hỏi mật khẩu ngân hàng', 'scam', /Gọi lại bằng số điện thoại quen/));

  it.each([
    'con gái tôi sang nhà chỉ tôi cài zalo',
    'hàng xóm qua nhà chơi hỏi cách đổi mật khẩu zalo',
    'cán bộ phường tới nhà cài VNeID giùm, có cần đưa căn cước không',
  ])('"%s" stays an answer', staysAnswer);
});

describe('a logged-in VNeID or bank app on a phone lent out: identity lent (session 36, fixi)', () => {
  it.each([
    'có người nói tui đăng nhập vê nê ai đi của tui rồi đưa điện thoại cho họ mượn một bữa để họ làm giấy tờ cho người khác, trả tui ba trăm nghìn, rứa tui có làm không',
    'có người nhờ tôi đăng nhập VNeID sẵn rồi đưa máy cho họ dùng một ngày, họ trả năm trăm nghìn',
    'ông kia bảo mở sẵn app ngân hàng rồi cho ổng mượn điện thoại chút để chuyển tiền giùm người khác, được trả công',
    'dang nhap vneid xong dua dien thoai cho nguoi ta muon lam thu tuc cho nguoi khac co sao khong',
  ])('"%s"', (q) => getsReply(q, 'identity-fraud', /vi phạm pháp luật/));

  it.each([
    'tôi đăng nhập VNeID rồi đưa điện thoại cho con gái làm thủ tục giúp tôi',
    'cháu tôi mở app ngân hàng rồi đưa điện thoại cho tôi xem số dư',
    'đăng nhập VNeID trên điện thoại mới thế nào',
  ])('"%s" stays an answer', staysAnswer);
});

describe('heirs quarrelling over what the parents left: legal aid (session 36, fixi)', () => {
  it.each([
    'ba má tui mất để lại căn nhà mà mấy anh em giành nhau hổng ai chịu ai, hổng có di chúc, giờ tui muốn chia cho đàng hoàng thì làm sao',
    'bố mẹ tôi mất không để lại di chúc, anh em cãi nhau chuyện chia mảnh đất, làm sao cho đúng',
    'ong ba de lai manh dat ma may anh em gianh nhau, gio chia sao cho dung luat',
  ])('"%s"', (q) => getsReply(q, 'legal', /Trợ giúp pháp lý/));

  it.each([
    'hai đứa nhỏ nhà tui giành đồ chơi đánh nhau hoài, dạy sao',
    'thằng anh hay giành đồ của thằng em, làm sao cho tụi nó thương nhau',
  ])('children squabbling "%s" stays an answer', staysAnswer);
});

describe('an ID or a secret put into a chatbot is no hand-over to a scammer (session 36, fixi)', () => {
  it.each([
    'chụp căn cước của khách gửi ChatGPT',
    'chụp hình cccd khách hàng rồi gửi gemini nhờ đọc giùm có sao không',
    'chup anh can cuoc cua ong hang xom gui chatgpt nho dien giay to',
  ])('"%s" stays an answer on what not to give AI', async (q) => {
    await staysAnswer(q);
    const a = await answerer.answer(q);
    expect(a.entry).toMatch(/^ai-(du-lieu-ca-nhan|bi-mat-kinh-doanh)$/);
  });

  it.each([
    'bên chatgpt nhắn đòi chụp căn cước gửi cho họ để mở khóa tài khoản',
    'có người nhắn bảo chụp hai mặt căn cước gửi cho họ qua zalo',
    'tải app ChatGPT Pro bản VIP ở link người ta gửi',
  ])('"%s" is still a scam', (q) => getsReply(q, 'scam', /KHÔNG/));
});
