import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/**
 * Questions written the way officials' Q&A columns print them: the topic in a first sentence,
 * then "Xin hỏi …" asking something any procedure could be asked.
 */
describe('formal questions: the topic comes first, the question after "Xin hỏi"', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });

  it('answers about the topic of the first sentence, not whatever fits "Xin hỏi" alone', async () => {
    const phone = await answerer.answer(
      'Bà nội tôi không dùng điện thoại thông minh. Xin hỏi bà có làm được tài khoản định danh không?',
    );
    expect(phone.entry).toBe('vneid-khong-co-smartphone');
    const summary = await answerer.answer(
      'Tôi muốn nhờ AI tóm tắt một quyết định dài của phường. Xin hỏi có tin được không?',
    );
    expect(summary.entry).toBe('ai-tom-tat-tai-lieu');
    expect(summary.text).toContain('bản gốc');
  });

  it('is never sure about another procedure that only fits the asking sentence', async () => {
    const marriage = await answerer.answer(
      'Tôi muốn đăng ký kết hôn với người cùng phường. Xin hỏi làm ở đâu, có nộp qua mạng được không?',
    );
    if (!marriage.unsure) expect(marriage.entry).toMatch(/ket-hon/);
    const cv = await answerer.answer('Con tôi muốn nhờ AI viết hồ sơ xin việc. Xin hỏi cần lưu ý gì?');
    // Not the entry on withdrawing cash calmly, which fits "cần lưu ý gì" alone.
    if (!cv.unsure) expect(cv.entry).toBe('ai-viet-cv');
    expect(cv.entry).not.toBe('nh-cham-lai-khi-voi');
  });

  it('says what something is for sure only when asked what it is', async () => {
    expect(await answerer.answer('VNeID là gì?')).toMatchObject({ entry: 'vneid-la-gi', unsure: false });
    const newNumber = await answerer.answer(
      'Tôi vừa thay số điện thoại khác. Xin hỏi tài khoản định danh điện tử phải làm gì?',
    );
    if (newNumber.entry === 'vneid-la-gi') expect(newNumber.unsure).toBe(true);
  });

  it('answers the entry whose whole phrasing the question says, and still asks "… hay …?" when both fit', async () => {
    // The bank-app entry for water bills is as close in words; the question says "ví điện tử".
    const water = await answerer.answer('Cho tôi hỏi trả tiền nước bằng ví điện tử thế nào?');
    expect(water).toMatchObject({ entry: 'tt-tien-nuoc-vi-dien-tu', unsure: false });
    const qr = await answerer.answer('cach quet ma qr');
    expect(qr.text).toMatch(/muốn hỏi về “.+” hay “.+”/);
  });

  it('answers what something is even with chatter around the question', async () => {
    const chatgpt = await answerer.answer('chatgpt la cai chi vay, bua ni nghe con noi hoai');
    expect(chatgpt).toMatchObject({ entry: 'ai-la-gi', unsure: false });
    expect(chatgpt.text).toContain('OpenAI');
    // "bắt cài" outweighs the question: the entry saying what VNeID is still comes, with a caveat.
    const vneid = await answerer.answer('vneid la cai j vay con chau cu bat cai');
    expect(vneid.entry).toBe('vneid-la-gi');
    expect(vneid.text).toContain('Bộ Công an');
  });

  it('goes past "X là gì?" to the entry answering what is asked about X', async () => {
    const papers = await answerer.answer(
      'Tôi muốn hỏi tài khoản định danh điện tử mức 2 có thể thay thế những giấy tờ nào khi tham gia giao thông, tôi có cần mang theo bản giấy nữa không?',
    );
    expect(papers.entry).toBe('vneid-giay-to-thay-the');
    expect(papers.text).toContain('Đăng ký xe');
    // "VssID là gì?" is close in words but does not make the learner choose between the two.
    const password = await answerer.answer(
      'Tôi quên mật khẩu đăng nhập ứng dụng Bảo hiểm xã hội số VssID. Xin hỏi lấy lại bằng cách nào?',
    );
    expect(password.entry).toBe('bhxh-vssid-quen-mat-khau');
  });

  it('is sure when the topic sentence makes a vague "Xin hỏi" clear', async () => {
    const answer = await answerer.answer(
      'Lâu nay tôi mở VNeID bằng vân tay nên đã quên mật khẩu. Xin hỏi tôi có tự lấy lại mật khẩu trên ứng dụng được không, cần chuẩn bị gì?',
    );
    expect(answer).toMatchObject({ entry: 'vneid-quen-mat-khau', unsure: false });
  });

  it('is never sure about another service than the one the topic sentence names', async () => {
    const airline = await answerer.answer(
      'Tôi muốn mua vé máy bay Vietnam Airlines trên ứng dụng của hãng. Xin hỏi thanh toán thế nào cho an toàn?',
    );
    expect(airline.unsure).toBe(true);
    expect(airline.text).toContain('chưa chắc');
  });

  it("answers a bank app's face mismatch with the bank entry, never the SIM face check", async () => {
    const face = await answerer.answer(
      'Xin hỏi vì sao tôi xác thực khuôn mặt trên ứng dụng ngân hàng Vietcombank nhiều lần vẫn báo không khớp?',
    );
    expect(face.entry).toBe('nh-khuon-mat-khong-khop');
    expect(face.text).not.toMatch(/thuê bao|nhà mạng/);
  });

  it('tells how to register permanent residence on VNeID', async () => {
    const answer = await answerer.answer(
      'Gia đình tôi vừa mua nhà ở phường khác và muốn chuyển hộ khẩu thường trú về nhà mới. Xin hỏi đăng ký thường trú trên VNeID cần những giấy tờ gì?',
    );
    expect(answer.entry).toBe('cu-tru-dang-ky-thuong-tru-vneid');
    expect(answer.text).toContain('CT01');
  });

  it('reads past the phrases of formal letters that name no topic', async () => {
    // "trường hợp này", "có trách nhiệm", "thực hiện" are no topic: the question is about the stay notice.
    const guests = await answerer.answer(
      'Nhà tôi có họ hàng ở quê lên chơi ba hôm. Xin hỏi trường hợp này ai có trách nhiệm thông báo lưu trú và thực hiện ra sao?',
    );
    expect(guests.entry).toBe('cu-tru-thong-bao-luu-tru-khach');
    expect(guests.text).toContain('chủ hộ');
    // "Xin hỏi nguyên nhân và cách khắc phục?" names nothing: the sentence before says what failed.
    const otp = await answerer.answer(
      'Mấy hôm nay tôi đăng nhập Cổng Dịch vụ công bằng tài khoản định danh nhưng không nhận được mã OTP. Xin hỏi nguyên nhân và cách khắc phục?',
    );
    expect(otp.entry).toBe('dvc-khong-nhan-otp');
  });

  it('reads the law a question opens on as its background, not as its topic', async () => {
    // "căn cứ Luật Bảo vệ dữ liệu cá nhân" fits the entry restating that law better than the one answering.
    const trade = await answerer.answer(
      'Xin hỏi căn cứ Luật Bảo vệ dữ liệu cá nhân năm 2025, việc mua bán dữ liệu cá nhân của người khác có vi phạm pháp luật không?',
    );
    expect(trade.entry).toMatch(/mua-ban-du-lieu/);
    // The law still helps when it is the question: 2345 names the face-check entry.
    const face = await answerer.answer(
      'Xin hỏi theo Quyết định 2345/QĐ-NHNN, chuyển khoản bao nhiêu tiền thì phải quét khuôn mặt?',
    );
    expect(face.text).toContain('10 triệu');
  });

  it('answers the entry saying clearly more of a story rather than asking which one', async () => {
    const oldPhone = await answerer.answer(
      'Máy điện thoại của ba tôi đời cũ, không có NFC. Xin hỏi ba tôi làm sinh trắc học cho ngân hàng thế nào?',
    );
    expect(oldPhone.entry).toBe('nh-dien-thoai-khong-nfc');
    expect(oldPhone.text).toContain('quầy');
  });

  it('reads "làm tạm trú hộ" as the procedure\'s own "khai hộ"', async () => {
    const forNephew = await answerer.answer('Xin hỏi tôi có được làm tạm trú hộ cho cháu đang ở trọ không?');
    expect(forNephew.entry).toBe('cu-tru-khai-ho-tam-tru');
  });

  it('knows the decree replaced in 2026 and who owns what AI made', async () => {
    const decree = await answerer.answer(
      'Cho hỏi công ty còn phải làm theo Nghị định 13 về dữ liệu cá nhân nữa không?',
    );
    expect(decree.entry).toBe('dl-nghi-dinh-13-het-hieu-luc');
    expect(decree.text).toContain('356/2025');
    const logo = await answerer.answer(
      'Tôi nhờ AI vẽ tranh để bán. Xin hỏi tranh do AI làm có được bảo hộ quyền tác giả không?',
    );
    expect(logo.entry).toBe('ai-ban-quyen-noi-dung-ai');
  });
});
