import { fold } from '../../core/text/fold.ts';

/** A secret nobody may ask for: one-time codes, passwords, PINs, ID, card and account numbers. */
const SECRET =
  /\b(otp|ma xac (thuc|nhan)|mat khau|mat ma|ma pin|so can cuoc|cccd|cmnd|so the|so tai khoan|ma cvv|cvv)\b/;
/** Handed over: said, sent, typed or photographed. */
const HAND_OVER = /\b(gui|doc|cung cap|nhan|noi|cho (\w+ )?biet|chup|dua|go)\b/;
/** To the tutor ("cho cháu", "vào đây") or to whoever asks. */
const TO_SOMEONE = /\b(cho (chau|toi|em|minh|tro ly|nguoi do|ho|nhan vien)|vao day|o day|tai day)\b/;
/** "Không / đừng / tuyệt đối không đọc mã OTP cho ai": the warning, not the request. */
const NEGATION = /\b(khong|dung|chang|cam|tuyet doi|tranh)\b/;

/**
 * Whether a text (a model's reply) asks the learner to hand a secret to the tutor or to someone:
 * "Bác đọc mã OTP cho cháu" is, "Tuyệt đối không đọc mã OTP cho ai" and "nhập mật khẩu vào ứng
 * dụng" are not. Read sentence by sentence, folded.
 */
export function asksForSecret(text: string): boolean {
  return text.split(/[.!?\n;]+/).some((sentence) => {
    const folded = ` ${fold(sentence)} `;
    return SECRET.test(folded) && HAND_OVER.test(folded) && TO_SOMEONE.test(folded) && !NEGATION.test(folded);
  });
}
