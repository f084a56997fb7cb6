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

describe('a relief appeal whose account is a private person’s (session 34, fixe)', () => {
  it.each([
    'Trang Facebook tên giống Mặt trận Tổ quốc kêu gọi ủng hộ bà con vùng lũ, mà số tài khoản lại là tài khoản cá nhân. Tui chuyển dô đó được hông?',
    'Thấy trang Facebook Hội Chữ thập đỏ xin ủng hộ bà con bão lũ, số tài khoản lại mang tên cá nhân, tôi chuyển vào đó được không?',
    'co nhom zalo keu goi quyen gop cuu tro vung lu, ghi tai khoan cua mot chi, tui chuyen ung ho vao do duoc ko',
  ])('"%s" is told not to transfer', async (q) => {
    await getsReply(q, 'scam', /KHÔNG chuyển/);
  });

  it.each([
    'Muốn ủng hộ đồng bào vùng lũ qua Mặt trận Tổ quốc thì xem số tài khoản chính thức ở đâu?',
    'Tôi muốn ủng hộ bà con miền Trung bị lũ, làm sao chuyển cho đúng chỗ?',
  ])('"%s" asks where to give: no alarm', async (q) => {
    await staysAnswer(q);
  });
});

describe('the learner’s own VNeID or ID card used to open an account for someone else (session 34, fixe)', () => {
  it.each([
    'Xin hỏi, có người nhờ tôi dùng VNeID mức 2 của tôi để đăng ký tài khoản ví điện tử cho họ, họ trả tiền công, có được không?',
    'Anh hàng xóm nhờ tui dùng căn cước của tui đăng ký SIM giùm nó, trả 200 nghìn, có được không?',
    'Có người trả tiền để tôi lấy tài khoản định danh điện tử của tôi mở tài khoản ngân hàng cho người ta, có sao không?',
    'Thằng bạn nhờ tui lấy căn cước của tui mở ví MoMo giùm nó, nó cho 500 nghìn, làm được hông?',
  ])('"%s" is refused as unlawful', async (q) => {
    await getsReply(q, 'identity-fraud', /vi phạm pháp luật/);
  });

  it.each([
    'Làm sao đăng ký VNeID mức 2 cho mẹ tôi?',
    'Dùng VNeID của tôi để đăng ký tài khoản ngân hàng cho chính tôi được không?',
  ])('"%s" is the learner’s own or a relative’s errand', async (q) => {
    await staysAnswer(q);
  });
});

describe('a prescribed treatment dropped for an advertised cure (session 34, fixe)', () => {
  it.each([
    'Mạ tui bị tiểu đường, coi livestream quảng cáo thuốc nam chữa dứt điểm, có nên bỏ insulin để uống thuốc ni không?',
    'Ba tui bị cao huyết áp, coi quảng cáo trên mạng nói trà thảo dược hạ áp, có nên ngưng thuốc huyết áp không?',
    'ba toi bi suy than, nguoi ta noi bo chay than uong la thuoc la khoi, co nen khong',
  ])('"%s" gets the medical reply: ask the doctor, never drop it', async (q) => {
    await getsReply(q, 'medical-advice', /bác sĩ/);
  });

  it('an advert only asked about stays the fake-advert answer', async () => {
    await staysAnswer('Livestream quảng cáo thuốc nam chữa dứt tiểu đường có phải lừa không?');
  });
});

describe('a boundary lost to a flood, then a neighbour’s fence (session 34, fixe)', () => {
  it.each([
    'Lũ cuốn mất cột mốc ranh giới đất nhà tôi, giờ nhà bên cạnh dựng hàng rào lấn sang, tôi nên làm gì?',
    'Nhà bên cạnh xây tường lấn sang đất tôi nửa mét sau trận lũ, tôi phải làm sao?',
  ])('"%s" gets the legal reply', async (q) => {
    await getsReply(q, 'legal', /hòa giải/);
  });

  it.each([
    'Lũ cuốn trôi hàng rào, nước đang lên tới ngực, cả nhà kẹt trên gác, cứu với',
    'Nước lũ cuốn mất thằng nhỏ nhà bên rồi, làm sao đây',
  ])('"%s" is still a rescue', async (q) => {
    await getsReply(q, 'rescue', /114/);
  });

  it('papers swept away are an errand', async () => {
    await staysAnswer('Lũ cuốn trôi hàng rào với giấy tờ đất, giờ làm lại sổ đỏ ở đâu?');
  });
});

describe('a debt the borrower says has lapsed (session 34, fixe)', () => {
  it.each([
    'Ông anh họ mượn tui 100 triệu, viết giấy tay, giờ hổng trả mà nói quá hạn rồi đòi không được nữa. Tui làm sao?',
    'Em trai vay tôi 50 triệu có giấy nợ, nay nó bảo đã hết thời hiệu, không phải trả nữa, tôi làm gì được?',
    'Cho hàng xóm vay 20 triệu, giờ họ nói nợ đó quá hạn lâu rồi không đòi được nữa, có đúng không?',
  ])('"%s" gets the legal reply', async (q) => {
    await getsReply(q, 'legal', /Tòa án|hòa giải/);
  });

  it('a new ask pressed from a new number stays a scam', async () => {
    await getsReply(
      'Ông anh họ mượn tui 100 triệu, giờ nhắn Zalo số mới nói bị tai nạn cần chuyển gấp 20 triệu',
      'scam',
      /KHÔNG chuyển/,
    );
  });

  it('an overdue bill stays an errand', async () => {
    await staysAnswer('Hóa đơn tiền điện nhà tôi quá hạn rồi, đóng ở đâu?');
  });
});

describe('ordering during a live sale through the cart (session 34, fixe)', () => {
  it.each([
    'mua hang tren livestream Shopee, cach dat qua gio hang de duoc bao ve don hang',
    'xem live tiktok shop mua do sao cho an toan',
  ])('"%s" is answered with the cart', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('knowledge');
    expect(a.text).toMatch(/giỏ hàng/);
  });
});
