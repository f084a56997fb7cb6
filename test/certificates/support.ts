import type { App } from '../../src/app/create-app.ts';
import { encodePayload } from '../../src/core/flows/payload.ts';
import type { Reply } from '../../src/core/message.ts';
import { chatter, repoContent } from '../support/test-app.ts';

/**
 * A learner who onboards in `ward` and plays lessons to the end, pressing what a person presses;
 * returns every reply of the last lesson's final answer (where the awards arrive).
 */
export async function finishLessons(app: App, id: string, ward: string, lessonIds?: string[]): Promise<Reply> {
  const content = await repoContent();
  const chat = chatter(app, id);
  await chat.say('xin chao');
  await chat.say('bác');
  await chat.say(ward);
  let last: Reply = [];
  for (const lessonId of lessonIds ?? content.lessons.map((l) => l.id)) {
    last = (await chat.send({ kind: 'button', payload: encodePayload({ kind: 'lesson', lessonId }) })).reply;
    for (let i = 0; i < 80; i++) {
      const pos = (await chat.learner())?.position;
      if (!pos || pos.mode === 'review' || pos.lessonId !== lessonId) break;
      if (pos.mode === 'lesson') last = (await chat.send({ text: '1' })).reply;
      else if (pos.mode === 'quiz') {
        const q = content.lesson(lessonId)!.quiz[pos.question]!;
        last = (await chat.send({ text: String(q.options.findIndex((o) => o.correct) + 1) })).reply;
      }
    }
  }
  return last;
}

/** The pictures of a reply that carry bytes (awards made here). */
export const pictures = (reply: Reply) =>
  reply.flatMap((p) => (p.type === 'image' && p.data ? [{ ...p, data: p.data }] : []));

/** The verification code in a caption. */
export const codeIn = (text: string | undefined) => text?.match(/[0-9A-Z]{5}-[0-9A-Z]{5}/)?.[0];
