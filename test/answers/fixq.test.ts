import { beforeAll, describe, it } from 'vitest';
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

// Session 37 (fixq): terse first messages (two to ten words, no question word, often no tones) carry one or two
// signal words. Each shape below is written with probes of its own, not the tuned file's sentences.
describe('money lost to a scam, told with its sum (session 37, fixq)', () => {
  it.each([
    'bi gat mat 40 trieu roi con oi',
    'ổng bị lừa hết hai trăm triệu',
    'tụi nó lừa mất 30 triệu của tui',
    'bị lừa đảo 500 nghìn rồi',
    'me bi lua 2 ty roi',
  ])('%s: the bank and the police', async (q) => {
    await getsReply(q, 'scam-report', /tổng đài ngân hàng[\s\S]*công an/);
  });
});

describe('an account, a card or a wallet drained (session 37, fixq)', () => {
  it.each([
    'tài khoản tui bị trừ sạch tiền',
    'the atm tu dung mat 5 trieu',
    'tien trong tai khoan bay sach roi',
    'vi momo bi rut het tien',
    'bấm vô đường link xong tài khoản bị rút 10 triệu',
    'bam link xong mat het tien',
  ])('%s: the bank and the police', async (q) => {
    await getsReply(q, 'scam', /tổng đài ngân hàng[\s\S]*công an/);
  });
});

describe('a password, a PIN or a code already given, "lỡ" first (session 37, fixq)', () => {
  it.each([
    'lo cho no mat khau zalo',
    'lỡ cho người ta mã pin thẻ rồi',
    'lo doc ma otp cho nguoi ta roi',
    'lỡ nói mật khẩu ngân hàng cho ổng rồi',
    'lỡ gửi otp rồi',
  ])('%s: the scam warning with the bank', async (q) => {
    await getsReply(q, 'scam', /tổng đài ngân hàng/);
  });
});

describe('a parcel, then a fee or a tax demanded (session 37, fixq)', () => {
  it.each([
    'có thùng hàng bên mỹ gửi về bắt chuyển phí',
    'buu pham tu han quoc yeu cau dong thue',
    'goi qua nuoc ngoai doi dong tien hai quan',
    'bưu kiện của mệ bị giữ đòi 2 triệu tiền phí',
    'kiện hàng bên úc gửi về đòi nộp thuế',
    // A loss threatened, not told: still the scam warning, not the report steps.
    'nó gửi link bảo bấm vào không thì bị trừ tiền',
  ])('%s: the scam warning', async (q) => {
    await getsKind(q, 'scam');
  });
});

describe("the learner's own code or password typed to the tutor (session 37, fixq)", () => {
  it.each([
    'otp 4 8 2 1 9 0',
    'mã otp là 558213 nè',
    'ma xac nhan 7731 nhap o dau',
    'mat khau zalo hoa1960 vo giup',
    'mật khẩu app ngân hàng Lan2024 đăng nhập giùm',
    'pass vneid abc12345 vô coi giùm',
  ])('%s: never sent to anyone', async (q) => {
    await getsKind(q, 'own-secret');
  });
});

describe('terse calm look-alikes stay ordinary answers (session 37, fixq)', () => {
  it.each([
    'tiền điện tháng này',
    'lương hưu về chưa',
    'cài vneid',
    'đổi mật khẩu zalo',
    'mở tài khoản có mất tiền không',
    'chuyển khoản có mất phí không',
    'tài khoản bị trừ 11 nghìn phí sms',
    'tai khoan dien thoai bi tru tien',
    'thẻ atm bị trừ phí thường niên',
    'sao tai khoan bi tru tien',
    'tài khoản bị trừ tiền điện tự động',
    'rút tiền atm mất phí không',
    'bưu kiện gửi đi mỹ bao nhiêu tiền',
    'phí hải quan hàng taobao tính sao',
    'kiện hàng bị hư đổi trả sao',
    'mã otp có mấy số',
    'ma otp 6 so la gi',
    'mật khẩu vneid mấy ký tự',
    'đổi mật khẩu vneid 2024',
    'nghe nói bà kia bị lừa 100 triệu',
    'trên báo nói bị lừa 20 tỷ',
    'làm sao để không bị lừa mất tiền',
    'lo cho mẹ ốm',
    'tháng này mất 2 triệu tiền chợ',
    // A loss settled long ago, told to learn how to spot the next one.
    'năm rồi bị lừa 3 triệu, giờ muốn học cách nhận biết',
  ])('%s', async (q) => {
    await staysAnswer(q);
  });
});
