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

const { getsReply, staysAnswer } = safetyChecks(() => answerer);

describe('the card number with the three digits on its back (session 26, trial30)', () => {
  it.each([
    'bả kêu tui nhắn số thẻ ngân hàng với ba số mặt sau để bả chuyển tiền hụi dzô, nhắn hông',
    'người bán hàng online xin số thẻ với 3 số ở mặt sau để hoàn tiền, cho được không',
    'ong do goi bieu doc so the voi 3 so mat sau de nhan qua',
  ])('"%s" gets the scam warning', (q) => getsReply(q, 'scam', 'KHÔNG gửi mật khẩu'));
});

describe('a stand-in face, a video given to the app (session 26, trial30)', () => {
  it.each([
    'nhờ thằng cháu đứng quét mặt thế cho tui khi chuyển tiền được hông, tui già rồi mắt mờ',
    'kêu con gái quét mặt thế cho má để rút tiền được không',
    'de chau xac thuc khuon mat the cho ba de chuyen tien dc ko',
    'quay lại cái video ông già cười rồi đưa vô app cho nó nhận mặt được không con',
    'chụp hình bà nội rồi đưa lên camera cho máy nhận diện khuôn mặt được hông',
    'Lấy clip của mẹ tôi đưa vào ứng dụng để ứng dụng xác thực khuôn mặt có được không?',
  ])('"%s" is refused and sent to the counter', (q) => getsReply(q, 'bypass-face', 'quầy'));

  it.each([
    'tui quét mặt thế nào cho app nhận nhanh',
    'xem video hướng dẫn rồi đưa điện thoại lên cho nó quét mặt tui ntn',
    'quét mặt thẻ căn cước cho máy đọc ở phường sao',
  ])('"%s" stays an answer', (q) => staysAnswer(q));
});

describe("a deposit kept, a neighbour's wall, heirs not agreed (session 26, trial30)", () => {
  it.each([
    'Kính gửi chuyên mục, tôi thuê nhà trọ hai năm, nay trả phòng đúng hạn nhưng chủ nhà giữ lại toàn bộ tiền cọc 5 triệu với lý do sơn lại tường. Tôi có thể làm gì để lấy lại tiền cọc?',
    'tra phong roi ma chu tro giu tien coc khong tra, lam sao lay lai tien coc',
    'Chủ nhà cũ ăn luôn tiền cọc của tui, tui muốn lấy lại tiền cọc thì làm sao?',
    'nha ben xay tuong rao dinh sat mai nha tui nuoc mua do qua nha tui quai, noi ho ko nghe, tui lam sao',
    'Hàng xóm làm mái tôn chìa qua, mưa xuống nước chảy vô sân nhà tui, tui làm sao?',
    'nhà bên cạnh xây cái mương sát tường nhà tôi, tôi góp ý mấy lần họ không chịu sửa, giờ tính sao',
    'Mạ tui mất để lại sổ đỏ đứng tên mạ mấy anh em chưa thống nhất chia anh cả đòi bán một mình tui phải làm sao',
    'ba tui qua doi de lai can nha, chi hai doi ban chia tien ma tui khong dong y, lam sao',
    'Ông nội mất để lại mấy sào ruộng, các chú cãi nhau chưa xong, bà nội buồn lắm, con nên làm gì?',
  ])('"%s" is sent to legal help', (q) => getsReply(q, 'legal', /Trợ giúp pháp lý/));

  it('a deposit lost to a scam stays the scam report', () =>
    getsReply('bị lừa đặt cọc thuê nhà trên mạng, lấy lại tiền cọc được không', 'scam-report', '113'));

  it.each([
    'hàng xóm xây nhà mới đẹp quá, tui muốn xây tường rào giống vậy thì hỏi ai',
    'mẹ tôi mất để lại sổ đỏ, làm thủ tục sang tên cho các con thế nào',
  ])('"%s" stays an answer', (q) => staysAnswer(q));
});

describe('smoke pouring out of a house or a window (session 26, trial30)', () => {
  it.each([
    'Nhà hàng xóm khóa cửa đi vắng mà khói cứ bốc ra từ cửa sổ, tui phải làm răng?',
    'khoi bay ra tu can ho tang tren ma ko thay ai, lam j',
    'thấy khói đen tuôn ra từ mái nhà ông Tư, ổng đi làm đồng rồi',
  ])('"%s" gets 114', (q) => getsReply(q, 'fire', '114'));

  it('wood smoke from a kitchen stays an answer', () =>
    staysAnswer('sáng nào khói cũng bay ra từ bếp củi nhà hàng xóm, tui bị ho'));
});
