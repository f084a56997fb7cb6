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

const { getsReply, getsKind, staysAnswer } = safetyChecks(() => answerer);

describe('a scam typed in raw Telex, the keyboard switched off (session 32)', () => {
  it.each([
    'nguwowif laj goij xwng coong an baor chuyeenr tieenf vaof taif khoanr tamj giuwx',
    'cos nguwowif goij baor ddocj maxx xacs nhaanj, ddocj khoong',
  ])('"%s" is warned', (q) => getsKind(q, 'scam'));

  it.each(['lamf sao ddeer ddoior matj khaaur vneid', 'cachs ddongs tieenf ddieenj treen ddieenj thoaij'])(
    '"%s" stays an answer',
    (q) => staysAnswer(q),
  );
});

describe('chat shorthand: "nh" the bank, "ck" the husband (session 32)', () => {
  it.each(['ng la tra 2tr/thang muon thue tk nh cua minh, cho thue k', 'co ai mua lai tk nh cu cua e ko'])(
    '"%s" is refused as unlawful',
    (q) => getsReply(q, 'identity-fraud', /pháp luật/),
  );

  it.each(['ck e say xin roi dap do, danh e chay mau', 'ck cu den nha doa danh e'])('"%s" is violence: 113', (q) =>
    getsReply(q, 'violence', /113/),
  );

  it.each(['ck cho me 2tr qua app nh sao', 'ra nh lam the can mang gi'])('"%s" stays an answer', (q) => staysAnswer(q));
});

describe('"em" beaten is the writer, unless a child word follows (session 32)', () => {
  it('the writer beaten with a child crying is violence', () =>
    getsReply('chong danh em, con nho dang khoc thet', 'violence', /113/));

  it.each(['bo duong danh em 8 tuoi bam tim', 'chu hang xom danh em be nha ben'])('"%s" is a child hurt: 111', (q) =>
    getsReply(q, 'child-abuse', /111/),
  );
});

describe('a fire next door, its smoke coming in (session 32)', () => {
  it.each(['phong tro ben canh chay lon roi', 'day tro sau nha chay du doi, khoi tran sang phong em'])(
    '"%s" is a fire: 114',
    (q) => getsReply(q, 'fire', /114/),
  );

  it.each(['hang xom dot rac khoi bay qua nha minh lam sao', 'chay bo buoi sang co tot khong'])(
    '"%s" is no fire',
    (q) => staysAnswer(q),
  );
});

describe('an ID card borrowed or used for someone else, as chat reads it (session 32)', () => {
  it.each([
    'ong ban cu muon muon cccd cua toi de dang ky sim moi',
    'co dua em ho muon muon cmnd cua bac de lam the',
    'tao tai khoan vi dien tu bang cccd nguoi khac sao',
  ])('"%s" is refused as unlawful', (q) => getsReply(q, 'identity-fraud', /pháp luật/));

  it.each(['chau muon muon can cuoc cua ba de lam the bhyt cho ba', 'lam the bhyt cho me bang cccd cua me'])(
    '"%s" is the owner\'s own errand, no alarm',
    (q) => staysAnswer(q),
  );
});

describe('scams met at the door, at the ATM and by a QR "to receive" (session 32)', () => {
  it.each([
    'co ong xung dien luc den nha bao cong to hong, doi 2 trieu tien mat de thay moi',
    'thợ điện lực tới nhà nói đồng hồ điện hỏng phải thay ngay, trả tiền mặt 800 nghìn',
  ])('"%s" is warned not to pay at the door', (q) => getsReply(q, 'scam', /KHÔNG trả tiền tại chỗ/));

  it.each([
    'má tui đang đứng ở cây atm, người ta đang hướng dẫn qua điện thoại để nhận tiền trợ cấp',
    'ông ở máy atm, họ hướng dẫn qua điện thoại bấm để nhận tiền hỗ trợ',
  ])('"%s" is told to stop', (q) => getsKind(q, 'scam'));

  it.each([
    'có người gửi mã qr bảo quét để nhận tiền trợ cấp người già',
    'tin nhắn bảo quét mã để nhận lương hưu tháng này',
  ])('"%s" is warned: a QR scan sends money out', (q) => getsReply(q, 'scam', /ĐI RA/));

  it.each(['công tơ điện hỏng thì điện lực thay có mất tiền không', 'rút tiền ở cây atm bị nuốt thẻ phải làm sao'])(
    '"%s" stays an answer',
    (q) => staysAnswer(q),
  );
});

describe('private pictures threatened, a name rented for a company (session 32)', () => {
  it.each([
    'người yêu cũ dọa tung ảnh nhạy cảm của con gái tôi nếu không đưa tiền',
    'co thang nhan tin doa phat tan clip cua toi neu khong chuyen 20 trieu',
  ])('"%s" is told not to pay and to report', (q) => getsReply(q, 'scam', /KHÔNG chuyển tiền, trả rồi sẽ bị đòi tiếp/));

  it("a name rented to stand as a company's owner is refused as unlawful", () =>
    getsReply('có người trả 5 triệu mỗi tháng để tôi đứng tên giúp mở công ty', 'identity-fraud', /pháp luật/));
});

describe('a melting socket, someone following a child home (session 32)', () => {
  it('a melting socket gets the power cut first', () =>
    getsReply('o dien trong bep nong chay nhua, co mui khet', 'fire', /NGẮT cầu dao/));

  it('a stranger following a child home for days is violence: 113', () =>
    getsReply('mấy hôm nay có thằng lạ bám theo cháu gái tôi từ trường về nhà', 'violence', /113/));

  it.each(['cach theo doi con di hoc bang dinh vi tren dien thoai', 'o cam dien bi long thi sua sao'])(
    '"%s" stays an answer',
    (q) => staysAnswer(q),
  );
});

describe('chat shorthand round: codes, job deposits, the face check, a stroke (session 32)', () => {
  it.each([
    'nv shopee ib bao hoan tien don, can stk va otp de xu ly',
    'ben san tmdt nhan tin can tk nh va ma otp de hoan tien',
  ])('"%s" is warned about the code', (q) => getsKind(q, 'scam'));

  it.each(['viec lam online tai nha, dong coc 300k nhan viec', 'ib tuyen ctv, coc 200k de nhan viec lam tai nha'])(
    '"%s" is warned: no deposit for a job',
    (q) => getsReply(q, 'scam', /không thu tiền trước/),
  );

  it.each(['co tool nao vuot face app ngan hang k', 'lam sth ho chi o xa bang anh cua chi duoc k'])(
    '"%s" is a face check dodged',
    (q) => getsKind(q, 'bypass-face'),
  );

  it.each(['ong tu nhien noi ngong, tay chan yeu 1 ben', 'ba bi te 1 ben nguoi, mieng meo'])(
    '"%s" is a stroke: 115',
    (q) => getsReply(q, 'medical-emergency', /115/),
  );

  it('low sugar with trembling and faintness is an emergency: 115', () =>
    getsReply('bo bi ha duong huyet, run run va la di', 'medical-emergency', /115/));

  it('a crash settled with the other side is a legal matter, not a scam', () =>
    getsKind('bi tai nan giao thong, ben kia doi boi thuong 30tr, giai quyet sao', 'legal'));

  it('a daughter\'s message asking mum to transfer ("nhờ mẹ ck") to a strange account is a scam', () =>
    getsKind('con gai nhan zalo nho me ck 5tr vao stk la, noi dt bi hu', 'scam'));

  it.each(['cap nhat sinh trac hoc tren app ngan hang o dau', 'sth la gi, lam o dau'])(
    '"%s" is no face check dodged',
    (q) => staysAnswer(q),
  );
});

describe('one card is not another (session 32)', () => {
  it.each(['căn cước hết hạn làm lại sao', 'can cuoc het han lam lai o dau', 'cccd cua toi het han roi phai lam sao'])(
    '"%s" is never answered with the driving licence\'s steps',
    async (q) => {
      const a = await answerer.answer(q);
      expect(a.entry ?? '').not.toMatch(/gplx/);
      expect(a.text).not.toMatch(/giấy phép lái xe/i);
    },
  );

  it('an expired driving licence still gets its own steps', async () => {
    const a = await answerer.answer('bằng lái xe quá hạn 2 tháng có phải thi lại không');
    expect(a.entry).toBe('gt-gplx-qua-han');
  });
});

describe('first steps with ChatGPT, and ChatGPT against Gemini (session 32)', () => {
  it.each(['chatgpt dùng sao', 'cách dùng chatgpt cho người mới', 'chát gi bi ti dùng sao'])(
    '"%s" gets the first-chat steps',
    async (q) => {
      const a = await answerer.answer(q);
      expect(a.entry).toBe('ai-chatgpt-bat-dau-hoi');
      expect(a.text).toMatch(/nút gửi/);
    },
  );

  it.each(['chatgpt với gemini khác nhau thế nào', 'chat gi bi ti voi gem mi ni khac nhau sao'])(
    '"%s" names who makes each',
    async (q) => {
      const a = await answerer.answer(q);
      expect(a.entry).toBe('ai-chatgpt-gemini-khac-nhau');
      expect(a.text).toMatch(/OpenAI.*Google/s);
    },
  );
});

describe('formal questions of a Q&A column (session 32)', () => {
  it('where to report a fire found in the neighbourhood is a fire: 114', () =>
    getsReply('Xin hỏi khi phát hiện cháy ở khu dân cư thì báo cho cơ quan nào?', 'fire', /114/));

  it('hurt by a neighbour, asking how to report it, is violence: 113 and the police', () =>
    getsReply(
      'Tôi bị người hàng xóm đánh gây thương tích, xin hướng dẫn thủ tục trình báo',
      'violence',
      /trình báo công an/,
    ));

  it('the scam steps cover a message as well as a call', () =>
    getsReply('có số lạ nhắn tin bảo tôi chuyển tiền phí nhận quà', 'scam', /tin nhắn thì thôi trả lời/));
});

describe('helper-reported gaps: a walking stick, a debtor gone, a locked-account link (session 32)', () => {
  it('an old man with his walking stick is no threat', () => staysAnswer('ông nội tui cầm gậy đứng trước nhà'));

  it('a drunk husband smashing things at home is still violence', () =>
    getsKind('chồng say rượu về đang đập đồ', 'violence'));

  it.each(['cho người ta vay rồi bỏ trốn, đòi sao', 'no vay tien roi tron mat luon, gio lam sao'])(
    '"%s" is a debt dispute: legal help',
    (q) => getsKind(q, 'legal'),
  );

  it.each([
    'tài khoản bị khóa, truy cập link vcb-mo-khoa.com để mở',
    'the cua ban da bi khoa, bam vao link sau de mo lai: abc-mokhoa.top',
  ])('"%s" is warned: no account is unlocked by a link', (q) =>
    getsReply(q, 'scam', /KHÔNG mở khóa tài khoản qua link/),
  );

  it.each(['tài khoản ngân hàng bị khóa phải làm sao', 'thẻ atm bị khóa do nhập sai mã pin 3 lần'])(
    '"%s" stays an answer',
    (q) => staysAnswer(q),
  );

  it('an adult pulling a child into a closed room again and again is child abuse: 111', () =>
    getsReply('ông chú hàng xóm hay dắt con bé vô phòng đóng cửa, con bé ra là khóc', 'child-abuse', /111/));
});

describe('money asked or the pictures go up, said without "dọa" (session 32)', () => {
  it.each([
    'thằng đó nói nếu tui không gửi 10 triệu nó đăng hình tui lên facebook',
    'no bao khong chuyen 5 trieu thi no tung clip cua con gai toi',
  ])('"%s" is blackmail: never pay, report', (q) => getsReply(q, 'scam', /KHÔNG chuyển tiền, trả rồi sẽ bị đòi tiếp/));

  it('posting a photo to sign up is no blackmail', () =>
    staysAnswer('khong gui hinh thi khong dang ky duoc facebook a'));
});

describe('a scam told in plain English words (session 32)', () => {
  it.each([
    'my mother bank account locked, somebody called and said install app to unlock',
    'a man phoned from the bank and told me to transfer money to a new account',
  ])('"%s" is warned', (q) => getsKind(q, 'scam'));

  it('a Zalo video call with no sound stays an answer', () => staysAnswer('video call zalo bi mat tieng'));
});

describe('a spouse selling without a signature, a signature faked, a door banged at night (session 32)', () => {
  it("a house sold by a husband without the wife's signature is legal help", () =>
    getsKind('chồng tôi định bán đất mà không cần chữ ký của tôi có được không', 'legal'));

  it.each(['giả chữ ký của vợ để thế chấp sổ đỏ', 'tập ký chữ ký của giám đốc cho giống'])(
    '"%s" is a forgery refused',
    (q) => getsKind(q, 'forgery'),
  );

  it('strangers banging on the door to get in at midnight is violence: 113', () =>
    getsReply('mấy thằng lạ đập cửa nhà tui đòi vô lúc nửa đêm', 'violence', /113/));

  it.each(['bán nhà cần chữ ký của ai', 'hàng xóm đập cửa gọi tui dậy đi đám lúc khuya'])('"%s" stays an answer', (q) =>
    staysAnswer(q),
  );
});

describe("a hotline in a fake bank message, a Facebook seller's deposit (session 32)", () => {
  it('calling the hotline written in a "bank" message is warned', () =>
    getsReply(
      'tin nhắn ngân hàng báo tài khoản bị trừ tiền, bảo gọi số hotline trong tin nhắn để hủy',
      'scam',
      /KHÔNG gọi lại/,
    ));

  it('a Facebook seller asking half the price as a deposit first is warned', () =>
    getsKind('người bán trên facebook đòi chuyển cọc một nửa tiền mới chịu gửi hàng', 'scam'));

  it("opening one's own online shop stays an answer", () =>
    staysAnswer('tui muon mo shop online tren facebook ban hang thi lam sao'));
});

describe('a fee for a "privilege card" by people who only claim an office (session 32)', () => {
  it('a self-styled association collecting money for a card is warned', () =>
    getsKind('mấy người tự xưng bên hội người cao tuổi đến thu tiền làm thẻ ưu đãi 300 nghìn', 'scam'));

  it("the ward association's own membership card stays an answer", () =>
    staysAnswer('hội người cao tuổi phường thu tiền làm thẻ hội viên có đúng không'));
});
