import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import { wardForPeople } from '../../core/learners/ward-for-people.ts';

/** `ext` key: the learner's local day the desk notice was last shown. */
const SHOWN_ON = 'deskNoticeDay';

const DESK =
  'Hiện {noi} chưa có cán bộ nhận câu hỏi qua trợ lý ạ. Cần hỏi người thật, {xung_ho} đến Bộ phận một cửa ' +
  'của UBND phường, xã (mang theo căn cước); về VNeID thì gọi tổng đài 1900 0368.';

/**
 * Where to ask a person when nobody in the learner's ward takes questions through the tutor.
 * Said once a day under "not sure" answers (the same long line under every answer is noise);
 * asking for a person ("hỏi cán bộ") always gets the full list.
 */
export function deskNotice(learner: Learner): string {
  return personalize(DESK.replace('{noi}', wardForPeople(learner.ward) ?? 'phường, xã nơi {xung_ho} ở'), learner);
}

/** Whether the desk notice was not shown yet on `today` (the learner's local day). */
export const deskNoticeDue = (learner: Learner, today: string): boolean => learner.ext?.[SHOWN_ON] !== today;

/** The learner after the desk notice was shown on `today`. */
export const deskNoticeShown = (learner: Learner, today: string): Learner => ({
  ...learner,
  ext: { ...learner.ext, [SHOWN_ON]: today },
});
