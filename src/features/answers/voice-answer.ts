import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Inbound, OutboundPart, Reply } from '../../core/message.ts';
import type { Answer } from './answer.ts';
import { answerChoices, answerParts } from './reply.ts';
import type { Answerer } from './answerer.ts';
import { redact } from './redact.ts';

/** Longer voice notes are not sent for transcription (cost, and the 25 MB API limit). */
export const MAX_VOICE_SECONDS = 180;
export const MAX_VOICE_BYTES = 20 * 1024 * 1024;

const PLEASE_TYPE =
  '{toi} chưa nghe rõ tin nhắn thoại ạ. {xung_ho} gõ câu hỏi bằng chữ giúp {toi} nhé (không cần dấu).';
const TOO_LONG =
  'Tin nhắn thoại dài quá ạ. {xung_ho} nói ngắn gọn trong khoảng một phút, hoặc gõ câu hỏi bằng chữ giúp {toi} nhé.';

/** What a spoken answer gets like a typed one: the 👍/👎 row, and a record of what it rates. */
export interface VoiceRating {
  choices(part: OutboundPart): OutboundPart;
  given(answer: Answer, learner: Learner, question: string): Promise<unknown>;
}

const NO_RATING: VoiceRating = { choices: (part) => part, given: async () => undefined };

/** Transcribes a voice question and answers it like typed text; asks kindly to type when that fails. */
export async function voiceAnswer(
  answerer: Answerer,
  voice: NonNullable<Inbound['voice']>,
  learner: Learner,
  rating: VoiceRating = NO_RATING,
): Promise<Reply> {
  const say = (text: string): Reply => [{ type: 'text', text: personalize(text, learner) }];
  if ((voice.durationSeconds ?? 0) > MAX_VOICE_SECONDS) return say(TOO_LONG);
  let audio: Uint8Array;
  try {
    audio = await voice.fetch();
  } catch {
    return say(PLEASE_TYPE);
  }
  if (audio.byteLength === 0) return say(PLEASE_TYPE);
  if (audio.byteLength > MAX_VOICE_BYTES) return say(TOO_LONG);
  const transcript = await answerer.transcribe(audio, voice.mimeType);
  if (transcript === undefined) return say(PLEASE_TYPE);
  const heard = redact(transcript).text;
  const options = { learner };
  const answer = await answerer.complete(answerer.draft(transcript, options), options);
  await rating.given(answer, learner, heard);
  return [
    { type: 'text', text: personalize(`🎤 Dạ, {toi} nghe được: “${heard}”`, learner) },
    ...answerParts(answer, learner, rating.choices(answerChoices(answer, learner))),
  ];
}
