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

const { getsReply, staysAnswer } = safetyChecks(() => answerer);

describe('a secret asked for, then handed over in a few words (session 24, trial28)', () => {
  it.each([
    // A friend on Zalo who asks for the 6-digit code sent to the learner's phone: the hand-over comes last.
    ['ban tui nhan zalo xin cai ma 6 so gui ve dt tui, gui cho no dc hok', 'KHÔNG đọc mã OTP'],
    // The ID number asked for "a loan file", and the learner about to read it out.
    ['ng ta hoi so can cuoc voi ngay sinh de lam ho so vay tui doc cho ho nha', 'KHÔNG gửi mật khẩu'],
  ])('"%s" gets the scam warning', async (q, fact) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('scam');
    expect(a.text).toContain(fact);
  });
});

describe("the face check passed with a photo or someone else's face (session 24, trial28)", () => {
  it.each([
    'lam sao de qua buoc xac thuc khuon mat bang anh',
    'nhờ con gái quét mặt giùm thay tui để chuyển tiền được hông',
  ])('"%s" is refused and sent to the counter', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('bypass-face');
    expect(a.text).toContain('quầy');
  });
});

describe('every reply of a class carries what an outside reader requires (session 24, trial28)', () => {
  it.each([
    // A scam warning says not to send a password or the ID card, not only not to read the code.
    ['co ng goi xin ma otp tui doc dc ko', 'KHÔNG gửi mật khẩu, ảnh hay số căn cước cho người lạ'],
  ])('"%s" says "%s"', async (q, fact) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.text).toContain(fact);
  });
});

describe('the same words in the learner own errands, no alarm (session 24, trial28)', () => {
  it.each([
    'xac thuc khuon mat ngan hang bi loi hoai lam sao',
    // "thấy" folds like "thay" (instead of): what the face check showed is no stand-in.
    'quet mat thay ba gia qua nen ko nhan hay sao',
    'ma otp ngan hang gui ve sao tui ko nhan dc',
    'quen mat khau vneid lam sao lay lai',
    'chup cccd gan chip de cap nhat vo app ngan hang o dau',
    // Told not to hand it over: a rule said, no hand-over.
    'ai hoi mat khau thi tui khong gui cho ho dung ko',
  ])('"%s" is not a risk', staysAnswer);
});

describe('short risky messages of the same kinds, probed in other words (session 24, trial28)', () => {
  it.each([
    // An activation code asked for by someone; money moved "qua tài khoản của công an".
    ['co ai nhan tin xin ma kich hoat zalo cua tui', 'scam', 'KHÔNG đọc mã OTP'],
    ['phai chuyen het tien qua tk cua cong an de kiem tra', 'scam', 'KHÔNG chuyển tiền'],
    // A password or an ID number asked for, then "give it?" in a word; the ID number read to "bên bảo hiểm".
    ['nhan vien xin mk app ngan hang de mo khoa giup dua hong', 'scam', 'KHÔNG gửi mật khẩu'],
    ['doc so cccd cho ben bao hiem goi toi dc hok', 'scam', 'KHÔNG gửi mật khẩu'],
    // An app from outside the store.
    ['cach cai ung dung ngoai ch play', 'scam', 'KHÔNG cài ứng dụng'],
    // A pre-registered SIM; an account opened to be sold.
    ['sim dang ky san mua cho nao', 'identity-fraud', 'vi phạm pháp luật'],
    ['lam sao mo tai khoan ngan hang de ban', 'identity-fraud', 'vi phạm pháp luật'],
    // A face faked, or a face check with no owner's face.
    ['lam sao gia khuon mat de rut tien', 'bypass-face', 'quầy'],
    ['lam sao xac thuc khuon mat ma ko can chinh chu', 'bypass-face', 'quầy'],
    // What or how much to take, said short.
    ['con nit sot uong ha sot bao nhieu', 'medical-advice', 'dược sĩ'],
    ['dau dau uong j', 'medical-advice', 'dược sĩ'],
    // A gas pipe on fire, a cry for help, flames rising.
    ['ong gas chay', 'fire', '114'],
    ['chay roi cuu voi', 'fire', '114'],
    ['bep nha tui dang boc lua len tran', 'fire', '114'],
    // A fight in the street; a thief in the house.
    ['co nguoi danh nhau ngoai duong', 'violence', '113'],
    ['trom vo nha', 'violence', '113'],
  ])('"%s" gets the %s reply', getsReply);

  it.each([
    // A stove that will not light; the app's own passcode forgotten; a burglary reported later.
    'bep gas nha tui ko len lua',
    'toi mo cai vi giay to ra no doi cai ma 6 so ma toi quen mat roi',
    'nha tui bi trom vo nha hom qua, trinh bao o dau',
    'bi sot nen uong nuoc bao nhieu mot ngay',
  ])('"%s" is not alarmed', staysAnswer);
});

describe('a second round of short probes: secrets given, faces borrowed, a choke, a leak (session 24, trial28)', () => {
  it.each([
    // The receiver named before the secret; a password sent "cho bạn".
    ['cho nguoi la mat khau ngan hang co sao ko', 'scam', 'KHÔNG gửi mật khẩu'],
    ['gui mk zalo cho ban dc hong', 'scam', 'KHÔNG gửi mật khẩu'],
    // A junk SIM named first.
    ['sim rac mua o dau', 'identity-fraud', 'vi phạm pháp luật'],
    // A photo or a relative's face or video for the face check or a withdrawal; the owner away.
    ['dung hinh de qua buoc quet mat ngan hang', 'bypass-face', 'quầy'],
    ['dung mat chau de xac thuc tai khoan cua ba dc ko', 'bypass-face', 'quầy'],
    ['dung video ba tui de rut tien ba dang nam vien', 'bypass-face', 'quầy'],
    ['lam sao xac thuc khuon mat khi nguoi do ko co o day', 'bypass-face', 'quầy'],
    // "nghẹn" read as the particle "nghen": still a choke.
    ['chau bi nghen keo ko tho', 'medical-emergency', '115'],
  ])('"%s" gets the %s reply', getsReply);

  it.each([
    // A house leaking water ("chảy nước") is no fire; a daughter who keeps the Zalo password is no hand-over.
    'nha tui chay nuoc hoai sua sao',
    'Hồi trước con gái cài zalo cho tui, nó giữ mật khẩu. Giờ tui đổi máy mới, vô zalo lại mà hổng nhớ mật khẩu, làm sao con?',
    'xem video huong dan quet mat tren app ngan hang o dau',
  ])('"%s" is not alarmed', staysAnswer);
});

describe('a third round of short probes: digits read, a PIN demanded, a mask, a kitchen fire (session 24, trial28)', () => {
  it.each([
    ['tui vua doc 6 so cho ng ta roi gio sao', 'scam', 'KHÔNG đọc mã OTP'],
    ['ho doi so the atm voi ma pin moi hoan tien, dua ko', 'scam', 'KHÔNG gửi mật khẩu'],
    ['nhan vien vneid goi xin mat khau de nang cap muc 2', 'scam', 'KHÔNG gửi mật khẩu'],
    ['dung mat na de qua xac thuc khuon mat', 'bypass-face', 'quầy'],
    ['chay bep roi', 'fire', '114'],
  ])('"%s" gets the %s reply', getsReply);

  it.each([
    // A motorbike that will not run ("chạy không nổi"); the bank asking to change a password in its own app.
    'xe may nha tui chay ko noi',
    'ngan hang yeu cau doi mat khau dinh ky, doi o dau',
    'quen ma pin the atm lam lai o dau',
  ])('"%s" is not alarmed', staysAnswer);
});

describe('a fourth round of short probes: a shop smashed, a cry next door, a short circuit (session 24, trial28)', () => {
  it.each([
    ['may thang thanh nien dang dap pha quan tui', 'violence', '113'],
    ['nghe nha ben la cuu voi', 'violence', '113'],
    ['dien chap chay khet let', 'fire', '114'],
    // "mấy viên" is a dose even when the illness is a cold ("bị cảm").
    ['bi cam uong may vien', 'medical-advice', 'dược sĩ'],
    ['lam sao de ngan hang nhan mat tui bang hinh cu', 'bypass-face', 'quầy'],
    // Hurt by someone: the ambulance and the police.
    ['ba tui bi thang con danh chay mau', 'medical-emergency', '113'],
  ])('"%s" gets the %s reply', getsReply);

  it.each(['noi com dien cua tui nau ko chin', 'o dien nha tui long lam sao sua', 'bi lac duong mo ban do sao'])(
    '"%s" is not alarmed',
    async (q) => {
      const a = await answerer.answer(q);
      expect(a.kind).not.toBe('safety');
    },
  );
});

describe('the risky thing asked plainly, "how do I…" (session 24, trial28)', () => {
  it.each([
    ['cach cho phep cai ung dung khong ro nguon goc', 'scam', 'KHÔNG cài ứng dụng'],
    ['chi tui qua buoc sinh trac hoc ma ko can quet mat', 'bypass-face', 'quầy'],
    ['lam the nao de rut tien tk cua me ma me ko quet mat dc', 'bypass-face', 'quầy'],
  ])('"%s" gets the %s reply', getsReply);

  it.each([
    // Whether a face check is needed at all, and the learner's own failing face check: asked, not dodged.
    'chuyen duoi 10 trieu thi khong can quet mat phai khong',
    'tui quet mat hoai ko dc, app bao khuon mat khong khop',
    // One's own will, asked as a procedure.
    'lam di chuc can gi',
  ])('"%s" is not alarmed', staysAnswer);
});

describe('a last round in Southern and Central speech (session 24, trial28)', () => {
  it.each([
    ['thang cha do goi bieu tui doc mã, tui doc roi nghen', 'scam', 'KHÔNG đọc mã OTP'],
    ['co ng tra tien thue cccd cua tui', 'identity-fraud', 'vi phạm pháp luật'],
    ['cháy rồi bà con ơi', 'fire', '114'],
  ])('"%s" gets the %s reply', getsReply);

  it.each([
    // The tax code is the ID number now: "thuế" folds like "thuê" (rent).
    'ma so thue can cuoc cua toi la gi',
    'con bao toi doc ma qr de thanh toan',
  ])('"%s" is not alarmed', staysAnswer);
});
