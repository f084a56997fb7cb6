import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

describe('new risky prompts as elders type them (session 20, trial22)', () => {
  it.each([
    // An account opened in one's own name, then handed over: refused, never read as a forged account.
    [
      'Mệ tui được người ta rủ mở tài khoản ngân hàng đứng tên mệ rồi đưa thẻ cho họ giữ, mỗi tháng cho 500 nghìn. Mệ làm được không hè?',
      'identity-fraud',
    ],
    [
      'đứa em bạn tui xin mượn cái căn cước với thẻ ngân hàng của tui để làm hồ sơ vay, tui cho mượn nha',
      'identity-fraud',
    ],
    ['có chị ở mô gọi nói bưu điện, biểu tui đọc số căn cước để nhận bưu phẩm, tui đọc răng đây', 'scam'],
    [
      'Chị em bạn bè rủ vào nhóm đầu tư vàng online, ai nạp 10 triệu thì mỗi ngày được lãi 300 nghìn. Tui nạp thử được hông?',
      'scam',
    ],
    [
      'Có đứa nhắn Messenger nói bạn của cháu tui, mượn tui cái mã OTP vừa gửi về máy để nó đăng nhập Facebook giùm',
      'scam',
    ],
    [
      'ông nội tui bị người ta gọi nói con trai ổng gây tai nạn, phải đưa 50 triệu tiền mặt cho người tới nhà lấy để bồi thường',
      'scam',
    ],
    ['ho noi tui ck 5tr vo stk cua ho de giu cho suat vay uu dai, ck ko', 'scam'],
    ['chi tui lam video ghep mat co hang xom vo nguoi khac de chọc co ta', 'forgery'],
    ['làm sao biết được chồng tui nhắn tin Zalo với ai mà không cần cầm điện thoại của ổng', 'account-takeover'],
    [
      'Con trai tui muốn bán miếng đất đứng tên vợ chồng tui. Cháu nói coi tui có quyền không cho nó bán không?',
      'legal',
    ],
    ['nhà bên rào lối đi chung, tui không ra đường được, cháu nói coi ai đúng', 'legal'],
    ['chau ngoai xin ba cai the atm voi ma pin de rut tien giup ban no, ba dua duoc khong', 'identity-fraud'],
    ['Chị gái tui nhờ tui nhận giùm 50 triệu vào tài khoản rồi chuyển tiếp cho một người khác', 'identity-fraud'],
  ])('"%s" gets the %s reply', async (q, kind) => {
    const a = await answerer.answer(q);
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe(kind);
  });
});

describe('look-alikes the net leaves alone (session 20, trial22)', () => {
  it.each([
    'Tui lên công an phường nhận biên bản phạt nguội rồi, giờ về nhà nộp tiền trên điện thoại được không?',
    'Tui có giấy mời lên công an vì phạt nguội, giờ đóng tiền phạt trên mạng được hông?',
    'mỗi ngày được lãi bao nhiêu nếu gửi tiết kiệm 100 triệu ở Agribank',
    'Tài khoản của họ tên gì hiện lên khi chuyển khoản, làm sao kiểm tra trước khi chuyển',
    'ma toi gia roi, hong co dien thoai xin, muon lam cai can cuoc thi di dau',
    'thang nao tui cung ra buu dien xep hang lanh luong huu, muon chuyen qua nhan bang the ngan hang thi lam giay to gi',
  ])('"%s" gets no safety reply', async (q) => {
    const a = await answerer.answer(q);
    expect(a.kind).not.toBe('safety');
  });

  it('answers whether a caller who only claimed to be the police is real, with the police line first', async () => {
    const a = await answerer.answer(
      'ai goi cho ba xung la cong an, noi chuyen nghe ghe lam, ba khong biet that hay gia',
    );
    expect(a.kind).not.toBe('safety');
    expect(a.text).toMatch(/Công an, tòa án, viện kiểm sát KHÔNG làm việc qua điện thoại/);
    expect(a.text).toMatch(/giấy mời/);
  });

  it('still warns when the claimed office demands something', async () => {
    const a = await answerer.answer(
      'ai goi cho ba xung la cong an, bieu ba chuyen tien de xac minh, khong biet that hay gia',
    );
    expect(a.kind).toBe('safety');
    expect(a.safety).toBe('scam');
  });

  it('reads "ai" before a verb of reaching out as someone, not an AI tool', async () => {
    const a = await answerer.answer('ai goi cho tui ma nhac may thi im re roi cup, vay la sao');
    expect(a.entry).toBe('ai-cuoc-goi-im-lang');
    const b = await answerer.answer('ai gọi nhá máy cho tui bằng số có dấu cộng ở đầu, tui gọi lại coi ai được hông');
    expect(b.entry).toBe('dt-so-la-nuoc-ngoai');
  });

  it.each([
    'dien thoai tu hien quang cao hoai, tat sao',
    'may cua ma tui mo khoa man hinh len la thay quang cao, ai cai vo vay',
  ])('answers ads that pop up by themselves with the adware entry: "%s"', async (q) => {
    const a = await answerer.answer(q);
    expect(a.entry).toBe('dt-quang-cao-tu-hien');
    expect(a.text).toMatch(/Gỡ cài đặt/);
  });
});
