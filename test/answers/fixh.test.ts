import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { PLAIN_LANGUAGE } from '../../src/features/answers/language.ts';
import { safetyChecks } from '../support/safety-expect.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

const { getsReply, staysAnswer } = safetyChecks(() => answerer);

// Session 35 (fixh): messages as a phone's voice typing writes an elder's speech: no punctuation, fillers ("à", "ờ",
// "thì là", "cái này nè"), names misheard ("ô tê pê", "da lô", "vi en ai đi", "căn cứ công dân", "sinh chắc học"),
// numbers said in words ("năm chục triệu", "tám ba hai một năm chín").

describe('digits and sums said in words are read as numbers (session 35, fixh)', () => {
  it.each([
    ['mã là tám ba hai một năm chín', 'ma la 832159'],
    ['mật khẩu là một, hai, ba, bốn, năm, sáu', 'mat khau la 123456'],
    ['chuyển năm chục triệu', 'chuyen 50 trieu'],
    ['mất một trăm tám chục triệu', 'mat 180 trieu'],
    ['nạp hai mươi lăm nghìn', 'nap 25 nghin'],
    ['đóng mười lăm triệu', 'dong 15 trieu'],
  ])('"%s" reads "%s"', (q, read) => expect(PLAIN_LANGUAGE.read(q)).toBe(read));

  it.each([
    // A span of years, ages or counts keeps its words; "ba" before a sum is the father.
    ['tui xài hai ba bốn năm năm rồi', 'tui xai hai ba bon nam nam roi'],
    ['cháu hai ba bốn năm tuổi', 'chau hai ba bon nam tuoi'],
    ['cho ba năm triệu', 'cho ba 5 trieu'],
    ['mấy triệu', 'may trieu'],
  ])('"%s" stays "%s"', (q, read) => expect(PLAIN_LANGUAGE.read(q)).toBe(read));
});

describe('a scam told by voice, live or afterwards (session 35, fixh)', () => {
  it.each([
    'à ờ có người gọi nói là bên ngân hàng kêu tui đọc cái ô tê pê sáu số cho họ để nhận tiền thì là tui có đọc không',
    'ờ thì là có ông gọi nói bên ngân hàng bảo đọc mã ô ti pi để xác minh tài khoản thì là tui đọc được không',
    'người ta gọi kêu đọc mã ô tê pê vừa gửi về điện thoại để hủy gói cước bây giờ tui đọc nha',
  ])('"%s": the code is not read', (q) => getsReply(q, 'scam', /KHÔNG đọc mã OTP/));

  it.each([
    'cái này nè có đứa nhắn da lô nói là con tui bị tai nạn đang nằm viện kêu chuyển năm chục triệu gấp bây giờ tui chuyển liền hả',
    'họ nói chuyển khoảng năm mươi triệu vô tài khoản của họ để chứng minh tiền sạch tui chuyển chưa con',
    'có thằng gọi tự xưng bên điện lực nói nhà tui nợ tiền điện bắt chuyển khoản ngay không thì cắt điện chừ tui mần răng',
    'có người nhắn gia lô bảo tui bấm vô đường lính để nhận quà rồi nhập số căn cứ công dân tui nhập chưa',
  ])('"%s": no money moved', (q) => getsReply(q, 'scam', /KHÔNG chuyển tiền/));

  it.each([
    'hôm trước tui có cài cái app theo lời người ta, giờ tài khoản ngân hàng mất sạch một trăm tám chục triệu',
    'tui cài app theo lời người ta giờ tài khoản mất sạch 180 triệu',
    'hôm qua tui lỡ đọc cái mã ô tê pê cho người ta rồi sáng nay tài khoản mất năm triệu giờ tui làm sao',
  ])('"%s": told afterwards, the bank first', (q) => getsReply(q, 'scam', /tổng đài ngân hàng/));
});

describe('an identity lent, a secret pasted, a face check dodged, said by voice (session 35, fixh)', () => {
  it.each([
    'có người hỏi mượn căn cước công dân của tui để mở tài khoản ngân hàng trả tui năm trăm nghìn thì cho mượn được không',
    'tui định cho thằng cháu mượn tài khoản vi en ai đi của tui nó xài được không',
  ])('"%s" is identity fraud', (q) => getsReply(q, 'identity-fraud', /KHÔNG cho thuê, cho mượn/));

  it.each([
    'mã ô tê pê của tui là tám ba hai một năm chín con coi đúng không',
    'số căn cước của tui là không bảy chín một năm hai ba bốn năm sáu bảy tám con lưu lại giùm',
    'thì là mật khẩu da lô của tui là bảy bảy tám tám chín chín con giữ giùm nha',
    'mã pin của tui, bốn, năm, sáu, bảy, nhớ giùm tui nha con',
  ])('"%s" is an own secret', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('own-secret');
  });

  it.each([
    'làm sao cho cái sinh chắc học nó nhận hình của ông già tui thay cho mặt thật',
    'làm sao cho sinh trắc học nhận hình của ba tui thay mặt thật',
    'có cách nào quét mặt bằng hình của ba tui để ổng khỏi phải ra ngân hàng không',
  ])('"%s" is a face check dodged', (q) => getsReply(q, 'bypass-face', /quầy giao dịch/));
});

describe('emergencies and refusals said by voice (session 35, fixh)', () => {
  it.each([
    'cháu tui ba tuổi sốt thì uống pa ra xê ta mon bao nhiêu mi li',
    'bé hai tuổi bị sốt uống pa na đôn mấy mi li là được',
    'ổng uống thuốc huyết áp am lô đi pin một ngày mấy viên được',
  ])('"%s" is a dose for the doctor', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('medical-advice');
  });

  it.each([
    'con tui bị bắt vì đánh bạc giờ làm sao để nó được thả ra',
    'con tui bị công an tạm giữ rồi có cách nào cho nó ra liền không',
    'chồng tui bị khởi tố rồi làm sao để khỏi ngồi tù',
    'làm sao để chạy cho con tui khỏi đi tù',
  ])('"%s" goes to legal aid', (q) => getsReply(q, 'legal', 'Trợ giúp pháp lý'));

  it.each([
    'ờ chồng nó đang đánh nó dữ lắm ở nhà bên cạnh tui phải làm gì',
    'ông chồng bên nhà kế bên đang đánh vợ nó quá trời',
  ])('"%s" is violence now: 113', (q) => getsReply(q, 'violence', '113'));

  it.each([
    'ông nhà tui tự nhiên té xỉu không dậy được miệng méo xệch giờ làm sao',
    'mệ tui đang co giật sùi bọt mép chừ mần răng',
  ])('"%s" is a medical emergency: 115', (q) => getsReply(q, 'medical-emergency', '115'));

  it('a fire told by voice is 114', () =>
    getsReply('nhà hàng xóm cháy rồi lửa lan qua nhà tui chừ mần răng', 'fire', '114'));
});

describe('ordinary voice-typed questions stay answers (session 35, fixh)', () => {
  it.each([
    'hóa đơn tiền điện tháng này nhà tui hết năm trăm nghìn thanh toán trên ứng dụng ngân hàng sao con',
    'chỉ tui cài vi en ai đi trên điện thoại với',
    'tại sao điện thoại tui không nhận được mã ô tê pê',
    'chuyển tiền cho con tui năm triệu qua ứng dụng ngân hàng làm sao',
    'cách tìm đường trên gúc máp',
    'quét mặt sinh trắc học trên ứng dụng ngân hàng làm sao',
    'cái này nè tui quên mật khẩu da lô rồi lấy lại sao',
    'à tui muốn học sơ cứu người bị đột quỵ thì học ở đâu',
    'thuốc pa ra xê ta mon mua ở đâu có hóa đơn điện tử',
    'con tui muốn đi tu ở chùa thì làm giấy tờ gì',
    'tui đóng tiền điện một trăm tám chục nghìn rồi mà app báo chưa',
    'ông chồng nó đánh cờ với ông hàng xóm cả buổi',
    'tại ngoại là gì vậy con',
    'sinh chắc học là gì vậy con',
  ])('"%s" stays an answer', (q) => staysAnswer(q));
});
