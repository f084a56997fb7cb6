import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import type { Answer } from '../../src/features/answers/answer.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/**
 * Scam stories in the shapes of session 11 (issue 16), written afresh from the kinds and unlike
 * money-safety-stories.test.ts and every evaluation set: "đường dẫn" for a link, a fee before the loan
 * comes, a half face on a video call, a tax office "bên thuế phường", a QR showing a stranger's name,
 * personal details asked for a holiday gift, labour export, the money told afterwards. Both directions:
 * the learner's own payments with the same words ("qua số tài khoản", "đóng thừa", "cài thêm ứng dụng")
 * never get the alarm.
 */
const STORIES: string[] = [
  'thằng cháu đích tôn gọi số lạ, giọng nó nghẹn nghẹn nói đánh nhau bị thương người ta, nhà kia đòi 20 triệu bồi thường mới bãi nại, biểu nội gửi gấp đừng nói ba má nó',
  'con dâu gọi video facebook mà chỉ thấy nửa mặt, nói đang ở cửa hàng điện thoại thiếu 4 triệu, mẹ chuyển giùm vào tài khoản chủ tiệm',
  'ông anh kết nghĩa nhắn zalo: anh đang kẹt ở bệnh viện tỉnh, em cho anh mượn đỡ 5 triệu, chuyển qua số tài khoản của cô y tá giúp anh',
  'có người xưng thượng úy đội cảnh sát kinh tế gửi lệnh phong tỏa tài sản qua zalo, bảo tôi khai báo số dư các tài khoản và chuyển sang tài khoản giám sát',
  'người ta gửi giấy mời lên làm việc có đóng dấu qua messenger, nói muốn làm việc online thì cài app theo đường dẫn',
  'có người gọi nói là bên thuế phường, hộ kinh doanh của tôi chưa kê khai, phạt 5 triệu, đóng qua số tài khoản họ gửi thì được giảm còn một nửa',
  'cán bộ bảo hiểm gọi nói sổ bảo hiểm của tôi bị trùng, phải kết bạn zalo gửi hình căn cước để gộp sổ, không thì mất tiền hưu',
  'tin nhắn điện lực báo nhà tôi được hoàn 450 nghìn tiền điện thu thừa, nhấn vào đường dẫn điền số thẻ để nhận',
  'cháu ơi có nhóm telegram dạy chơi vàng, ông thầy nói bỏ 10 triệu thì mỗi tuần lời 2 triệu, bà bỏ vô được không',
  'có người trên tiktok hướng dẫn mua coin mới ra, ai vào sớm gấp 10 lần, cho link ví để nạp tiền',
  'cô gái nhắn tin mời tôi làm việc tại nhà bấm thích sản phẩm trên shopee, lần đầu được chuyển 50 nghìn, lần hai bảo nạp 2 triệu để nhận nhiệm vụ combo',
  'shipper gọi nói có đơn hàng của tôi giá 650 nghìn, tôi không đặt nhưng họ nói người nhà đặt, bắt chuyển khoản mới để hàng lại',
  'nhân viên ngân hàng gọi nói tài khoản tôi chưa xác thực khuôn mặt theo quy định mới, gửi cho tôi đường dẫn, bảo quay video mặt qua đó',
  'người gọi xưng vietinbank nói thẻ tôi đang bị ai đó dùng, muốn khóa thì đọc dãy số vừa nhắn về điện thoại',
  'nhân dịp quốc khánh có trang facebook phát quà tri ân 1 triệu cho người cao tuổi, bảo nhập số căn cước và số tài khoản ngân hàng',
  'có tin nhắn nói tôi đóng thừa tiền nước 3 tháng, được hoàn 900 nghìn, gọi tổng đài trong tin để làm thủ tục, họ bảo cài thêm ứng dụng',
  'tôi vay trên app được duyệt 20 triệu nhưng app báo phải đóng phí xác minh 1 triệu rưỡi rồi mới chuyển tiền vay về',
  'bạn trên mạng người Hàn Quốc nói yêu tôi, muốn gửi quà, bảo tôi đóng phí vận chuyển quốc tế 7 triệu',
  'anh bạn thân nhắn messenger mượn 3 triệu đóng tiền điện gấp, lát trả, chuyển qua tài khoản vợ ảnh',
  'tôi quét mã QR dán ở trạm xăng trả tiền, máy hiện tên một người lạ, có chuyển không',
  'sáng tôi ra đồng, trưa về ăn cơm, có cuộc gọi nói tôi trúng giải bốc thăm của nhà mạng, muốn nhận thì nạp 500 nghìn thẻ cào, chiều tôi đi họp tổ dân phố',
  'có đứa xưng bạn học của con tôi gọi nói con tôi đang bị giữ ở đồn, cần tiền nộp phạt gấp',
  'trường gọi báo con tôi bị tai nạn ở trường đang mổ, bảo chuyển tiền viện phí gấp vào tài khoản bác sĩ',
  'người xưng bên tòa gọi nói tôi là người làm chứng, phải chuyển tiền kiểm tra tài khoản rồi trả lại',
  'có người gọi nói chị là người trúng tuyển làm tạp vụ lương 12 triệu, đóng trước 1 triệu tiền đồng phục',
  'chau gai nhan zalo nho ba mua giup 3 the cao Vinaphone roi chup ma gui cho no, no can gap',
  'nhóm Zalo đầu tư có anh trưởng nhóm nói mỗi ngày lời 2%, nạp thêm 30 triệu lên hạng VIP thì lời gấp đôi',
  'thằng em trai gọi facetime, mặt nó đó mà cứ đơ đơ, nói mới mất ví ở bến xe, cần 1 triệu mua vé về, gửi qua tài khoản nhà xe',
  'có ông nói ở đội cảnh sát giao thông, xe tôi bị phạt nguội, chuyển 2 triệu vào tài khoản ông thì xóa lỗi không phải lên trụ sở',
  'có người gọi từ viện kiểm sát nói tôi phải bảo mật cuộc gọi, cung cấp số dư tiết kiệm để đối chiếu',
  'tin nhắn thông báo tôi nợ thuế đất, quá hạn sẽ cưỡng chế, nộp ngay qua mã QR trong tin',
  'nhân viên điện lực tới nhà nói công tơ lỗi, phải quét mã QR của ổng trả tiền thay công tơ mới',
  'chị bạn rủ vô nhóm đầu tư quỹ hưu trí của nước ngoài, góp 100 triệu mỗi tháng chia lãi 5 triệu, có giấy chứng nhận đóng dấu',
  'thằng cháu rủ tôi nạp tiền vô app đào coin, giới thiệu thêm người thì được thưởng',
  'nhận việc gấp quần áo tại nhà, họ bắt mua bộ dụng cụ 800 nghìn trước rồi mới giao hàng',
  'có người nhắn tin tuyển người đánh máy online, kích hoạt tài khoản 300 nghìn là làm được ngay',
  'người giao hàng nói đơn COD 1 triệu 2, tôi không ở nhà, ổng biểu chuyển khoản trước cho ổng, ổng gửi hàng cho hàng xóm',
  'nhân viên ngân hàng nhắn zalo nói thẻ ATM của tôi phải đổi sang thẻ mới, hẹn tới nhà lấy thẻ cũ và xin mã pin để hủy',
  'có số lạ gọi nói tôi được chọn nhận quà Tết của ủy ban 2 triệu, đóng 50 nghìn phí gửi bưu điện',
  'có người gọi nói công ty viễn thông hoàn cước sai cho tôi 200 nghìn, tôi chỉ cần cài app của họ để nhận',
  'app vay nói hồ sơ tôi bị sai thông tin, tài khoản vay bị phong tỏa, đóng 3 triệu để sửa',
  'ông tây quen trên instagram bảo gửi tôi hộp nữ trang, giờ công ty chuyển phát gọi đòi 9 triệu phí lưu kho',
  'bạn học cũ nhắn zalo rủ góp tiền giúp đỡ cô giáo chủ nhiệm bị bệnh nặng, chuyển qua tài khoản của nó, gấp trong hôm nay',
  'tôi quét mã QR trên tờ rơi dán ở cột điện để đóng tiền rác, nó mở trang bắt nhập tên đăng nhập và mật khẩu ngân hàng',
  'có người xưng con của bạn thân ông nhà tôi, nói ba nó mất, nhờ tôi cho mượn tiền lo đám, gửi vô tài khoản nó',
  'bà sui nhắn tin số mới, nói số cũ hư, nhờ chuyển tiền giùm đặt cỗ đám cưới cho tụi nhỏ',
];

/** Told afterwards: the first line is what to do now. */
const PAID: string[] = [
  'tôi lỡ nạp 3 triệu vào app kiếm tiền online, giờ app không mở được nữa',
  'mẹ tui lỡ chuyển 12 triệu cho người xưng cán bộ thuế, giờ họ không bắt máy',
  'sáng nay tui chuyển 3 triệu cho shipper giả rồi mới biết, có cần báo công an không',
  'ba nạp vô cái sàn vàng 40 triệu rồi, giờ không rút ra được, tụi nó đòi thêm phí',
  'mẹ lỡ bấm link nhận quà rồi nhập mã gửi về, giờ tài khoản bị trừ 7 triệu',
];

/** The learner's own payments and everyday questions sharing the stories' words. */
const OWN: string[] = [
  'đóng học phí cho cháu qua số tài khoản của trường in trên giấy báo, ghi nội dung gì',
  'tui chuyển giùm con gái 2 triệu tiền nhà cho chủ trọ, chủ trọ đưa số tài khoản tận tay',
  'tháng trước đóng thừa tiền điện thì tháng sau có được trừ vào hóa đơn không',
  'tiền nước tháng rồi tính thừa, tui lên công ty nước hỏi thì cần mang gì',
  'đường dẫn cổng dịch vụ công để nộp hồ sơ là gì',
  'nộp hồ sơ lương hưu thì nhập số tài khoản ngân hàng ở chỗ nào trên VssID',
  'đăng ký VNeID phải nhập số căn cước ở đâu',
  'chuyển tiền cho con trai 5 triệu rồi mà nó chưa thấy, phải làm sao',
  'tôi chuyển khoản cho bạn, gõ sai tên người nhận thì tiền có tới không',
  'quét mã QR ở cửa hàng tiện lợi thì hiện đúng tên cửa hàng, vậy có an toàn không',
  'tôi muốn cài thêm ứng dụng VssID trên CH Play để xem quá trình đóng bảo hiểm',
  'con tôi gửi đường dẫn nhóm Zalo gia đình, bấm vào đó có sao không',
  'tôi muốn đóng tiền bảo hiểm xe máy qua app ngân hàng, làm sao',
  'mẹ muốn chuyển tiền mừng thọ bà ngoại qua số tài khoản của cậu út',
  'tôi vay vốn ngân hàng chính sách xã hội qua tổ tiết kiệm vay vốn ở xã, cần giấy tờ gì',
  'tôi nộp thuế đất trên app Etax Mobile được không',
  'đi tái khám, bệnh viện bảo đóng tiền qua số tài khoản của bệnh viện, ghi mã bệnh nhân',
  'app ngân hàng báo đăng nhập trên thiết bị mới, tôi vừa đổi điện thoại, có sao không',
  'tôi được hoàn tiền thuế thu nhập cá nhân, tiền về tài khoản rồi, làm sao xem',
  'tui nhận được tiền hoàn của shopee vô ví rồi, rút về ngân hàng sao con',
  'tôi đóng tiền điện trên app EVN mà bấm hai lần, bị trừ hai lần, làm sao lấy lại',
  'gửi tiền mừng cưới cho đồng nghiệp qua số tài khoản của nó, nó ở xa',
  'tôi muốn chuyển tiền cho em trai mua vé xe về quê, nó đọc số tài khoản qua điện thoại',
  'đóng tiền rác tháng này bằng quét mã QR của tổ dân phố in trên biên lai được không',
  'trả tiền thay công tơ điện mới ở điện lực thì trả bằng chuyển khoản được không',
  'xe tôi bị phạt nguội, tra cứu và nộp phạt ở đâu cho đúng',
  'tôi muốn đổi thẻ ATM từ sang thẻ chip, ra quầy cần mang gì',
  'tôi đóng bảo hiểm xã hội tự nguyện trên VssID thì trả tiền bằng gì',
  'muốn góp tiền giúp cô giáo cũ bị bệnh, cả lớp lập nhóm, chuyển cho lớp trưởng được không',
  'tôi mua vé xe Phương Trang trên app, trả bằng ví MoMo được không',
  'con tôi gửi số tài khoản trường để đóng tiền bán trú, tên tài khoản là tên trường',
  'đặt cỗ đám cưới cho con, nhà hàng cho số tài khoản để chuyển cọc, ghi nội dung sao',
  'tôi mua sim mới cho mẹ ở cửa hàng Viettel, cần mang căn cước của mẹ không',
];

/**
 * One's own account lent, sold or used as a relay, with no other scam sign: the identity-fraud refusal
 * (it says the act is illegal and where to report it), as in money-safety-net.test.ts.
 */
const OWN_ACCOUNT = [
  'có người nhắn mua lại tài khoản ngân hàng cũ không dùng của tôi giá 1 triệu',
  'ông kia muốn mượn tên tôi để mở tài khoản ngân hàng, cho tôi tiền cà phê',
  'em họ tôi ở nước ngoài nhắn nhờ nhận giúp tiền từ bạn nó rồi chuyển lại qua một tài khoản khác, được hưởng 500 nghìn',
];

const warned = (a: Answer) => a.kind === 'safety' && a.safety === 'scam' && a.text.includes('DỪNG LẠI');

describe('the money-safety net on session 11 shapes', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  }, 120_000);

  it.each(STORIES)('warns: %s', (question) => {
    expect(warned(answerer.draft(question).answer)).toBe(true);
  });

  it.each(OWN_ACCOUNT)('refuses, saying it is illegal and where to report: %s', (question) => {
    const a = answerer.draft(question).answer;
    expect(a.safety).toBe('identity-fraud');
    expect(a.text).toContain('156');
  });

  it.each(PAID)('warns with what to do now, first: %s', (question) => {
    const a = answerer.draft(question).answer;
    expect(warned(a)).toBe(true);
    const first = a.text.split('\n')[1] ?? '';
    expect(first).toContain('Đã lỡ chuyển tiền');
    expect(first).toContain('tổng đài ngân hàng');
  });

  it.each(OWN)('never alarms on the learner’s own payment: %s', (question) => {
    const a = answerer.draft(question).answer;
    expect(a.kind).not.toBe('safety');
    expect(a.text).not.toContain('DỪNG LẠI');
  });

  it('sends a worker going abroad to the licensed companies, not a deposit', () => {
    const a = answerer.draft(
      'có công ty trên mạng tuyển đi xuất khẩu lao động Nhật, bắt đóng 30 triệu giữ chỗ vào tài khoản giám đốc',
    ).answer;
    expect(warned(a)).toBe(true);
    expect(a.text).toContain('giấy phép');
    expect(a.text).toContain('Cục Quản lý lao động ngoài nước');
  });

  it('names the fake shipper, not the police the learner means to tell', () => {
    const a = answerer.draft('hôm qua chuyển 500 nghìn cho shipper giả rồi mới biết, có nên báo công an').answer;
    expect(warned(a)).toBe(true);
    expect(a.text).not.toContain('KHÔNG làm việc qua điện thoại');
  });
});
