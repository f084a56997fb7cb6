import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/**
 * Formal Q&A-column letters (issue 16): a long background, then "Xin hỏi…". The question sentence
 * decides the entry when it tells its entry apart clearly and the background barely prefers
 * another; a generic question after a topical background stays with the background's topic.
 */
describe('formal questions after a long background', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });
  const answer = (q: string) => answerer.draft(q).answer;

  it('answers what is asked, not the procedure the background tells of', () => {
    const a = answer(
      'Tuần trước tôi đã gửi yêu cầu cấp phiếu lý lịch tư pháp trên VNeID và đã nộp lệ phí. Xin hỏi tôi theo dõi kết quả giải quyết và tải phiếu bản điện tử ở mục nào?',
    );
    expect(a.entry).toBe('ltp-tra-cuu-tai-ve');
    const b = answer(
      'Tôi muốn theo dõi quá trình đóng bảo hiểm xã hội trên điện thoại nhưng chưa có tài khoản. Xin hỏi thủ tục đăng ký tài khoản ứng dụng VssID gồm những bước nào?',
    );
    expect(b.entry).toBe('bhxh-vssid-dang-ky');
  });

  it('keeps the background topic when the question alone is generic', () => {
    const a = answer(
      'Bố mẹ tôi mất để lại nhà đất, anh em chúng tôi muốn làm thủ tục thừa kế quyền sử dụng đất. Xin hỏi có thể tìm hiểu và nộp hồ sơ qua Cổng Dịch vụ công không?',
    );
    expect(a.entry).toBe('dvc-dat-dai-xay-dung');
    expect(a.text).toContain('công chứng');
  });

  it('does not let a question fit an app the letter never names', () => {
    const a = answer(
      'Tôi đã tải ứng dụng Gemini về máy. Xin hỏi việc đăng ký tài khoản sử dụng thực hiện ra sao, có mất phí không?',
    );
    expect(a.entry).not.toBe('hn-ihanoi-dang-ky');
  });

  it('reads an app the learner owns and a lock they ask for as no scam', () => {
    const a = answer(
      'Tôi bị mất điện thoại có cài ứng dụng VNeID. Xin hỏi tôi có thể tạm khóa tài khoản định danh điện tử để tránh bị lợi dụng không, thực hiện ở đâu?',
    );
    expect(a.kind).toBe('knowledge');
    expect(a.entry).toBe('vneid-khoa-tai-khoan');
    expect(a.text).toContain('vneid.gov.vn');
  });

  it('still warns when someone pushes an app install under a lock threat', () => {
    const a = answer('Có người gọi bảo tôi cài ứng dụng VNeID mới qua link, không làm thì tài khoản bị khóa');
    expect(a.kind).toBe('safety');
  });

  it('says the personal tax code is now the ID number', () => {
    const a = answer(
      'Tôi đã có mã số thuế thu nhập cá nhân từ lâu. Năm nay quyết toán, kế toán bảo ghi số căn cước vào ô mã số thuế. Xin hỏi quy định này áp dụng từ khi nào?',
    );
    expect(a.entry).toBe('thue-ma-so-thue-la-so-dinh-danh');
    expect(a.text).toContain('1/7/2025');
    expect(a.text).toContain('12 số');
  });
});
