import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { sureAnswerCheck } from '../support/answer-expect.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

// Session 37 (fixr): everyday public-service and phone questions from elders that an entry answers:
// a lost ID card said with the wallet it was in, a debit nobody made, turning location off, where an
// elder without a smartphone gets an ID card.
const answersSure = sureAnswerCheck(() => answerer);

describe('everyday elder questions get the entry that answers them (session 37, fixr)', () => {
  it.each([
    // A lost ID card, said as the wallet or purse it was lost with ("mất ví", "mất bóp").
    ['tôi bị mất ví có cả thẻ căn cước thì làm lại thế nào', ['vneid-cap-lai-can-cuoc-mat']],
    ['tui bị móc túi mất cả căn cước, làm lại ở mô', ['vneid-cap-lai-can-cuoc-mat']],
    ['mất căn cước có phải lên công an không', ['vneid-cap-lai-can-cuoc-mat']],
    // Money gone from the account with no transfer made.
    ['bác bị trừ tiền trong tài khoản mà không biết ai trừ', ['nh-tru-tien-khong-ro']],
    ['tai khoan tu nhien mat 2 trieu khong biet ai rut', ['nh-tru-tien-khong-ro']],
    ['sáng nay tin nhắn báo trừ tiền mà tui có chuyển gì đâu', ['nh-tru-tien-khong-ro']],
    ['răng tiền trong tài khoản của tui tự dưng bị trừ', ['nh-tru-tien-khong-ro']],
    // Turning location off, not sending it.
    ['ai biết cách tắt định vị trên zalo không', ['dt-tat-vi-tri-ung-dung']],
    ['tắt vị trí của zalo như thế nào', ['dt-tat-vi-tri-ung-dung']],
    ['tat dinh vi tren dien thoai', ['dt-tat-vi-tri-ung-dung']],
    // Where an elder who cannot use a phone gets an ID card; one who cannot go, at home.
    ['má tui 75 tuổi hổng biết xài điện thoại, làm căn cước cho má ở đâu', ['gt-can-cuoc-lam-o-dau']],
    ['bố tôi 90 tuổi nằm một chỗ làm căn cước thế nào', ['gt-can-cuoc-lam-tai-nha']],
  ])('"%s"', (q, entries) => answersSure(q, entries));
});

describe('look-alikes keep their own entry (session 37, fixr)', () => {
  it.each([
    // Sending a location is still the sending steps.
    ['gửi vị trí qua zalo cho con thế nào', ['dt-zalo-gui-vi-tri']],
    // A transfer debited but not received is a pending transfer, not an unknown debit.
    ['chuyển khoản bị trừ tiền mà bên kia chưa nhận được', ['tt-giao-dich-dang-xu-ly']],
    // Setting up an automatic debit is no debit nobody made.
    ['cài trích nợ tự động tiền điện thế nào', ['tt-trich-no-tu-dong']],
  ])('"%s"', (q, entries) => answersSure(q, entries));

  it('a lost ID card asked its fee and time still gets both (the fee and the days)', async () => {
    const answer = await answerer.answer('lam lai can cuoc bi mat het bao nhieu tien va may ngay co');
    expect(answer.text).toMatch(/7 ngày/);
  });
});
