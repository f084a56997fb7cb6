import { beforeAll, describe, expect, it } from 'vitest';
import type { TalkFile } from '../../src/core/content/talk-schema.ts';
import { fold } from '../../src/core/text/fold.ts';
import { whatNowTold } from '../../src/features/answers/what-now.ts';
import { repoContent } from '../support/test-app.ts';

let talk: TalkFile;
beforeAll(async () => {
  talk = (await repoContent()).talk.talk;
}, 120_000);

describe('what the learner told before asking what now', () => {
  it.each(['bây giờ làm gì', 'giờ tui phải làm sao', 'chừ làm răng'])('"%s" only asks', (q) =>
    expect(whatNowTold(fold(q), talk)).toBe('nothing'),
  );
  it.each(['tui chưa chuyển, giờ sao', 'bà chưa đọc mã, giờ làm sao', 'tui cúp máy rồi, giờ làm gì'])(
    '"%s" has not done it',
    (q) => expect(whatNowTold(fold(q), talk)).toBe('notYet'),
  );
  it.each(['hồi nãy tui lỡ quét rồi, giờ sao con', 'tui cài rồi giờ làm sao', 'đã gửi rồi giờ tính sao'])(
    '"%s" has done it',
    (q) => expect(whatNowTold(fold(q), talk)).toBe('done'),
  );
  it.each(['tui đi chợ mua rau, giờ sao', 'quên mật khẩu VNeID giờ làm sao', 'làm căn cước'])(
    '"%s" is a new question',
    (q) => expect(whatNowTold(fold(q), talk)).toBeUndefined(),
  );
});
