import type { App } from '../../../src/app/create-app.ts';
import { encodePayload } from '../../../src/core/flows/payload.ts';
import { chatter, repoContent } from '../../support/test-app.ts';

/** What a scripted learner answers, all typed as numbers in the chat. */
export interface Script {
  /**
   * The check before the lesson: right (true) or wrong per question; `skip` presses "Bỏ qua";
   * `continue` goes on past the offer.
   */
  pre: boolean[] | 'skip' | 'continue';
  /** How many quiz questions, from the first, are answered wrong. */
  wrong: number;
  /** The answer to "Bác đã tự làm được chưa?": 1 done, 2 needs help, 3 not tried. */
  task: 1 | 2 | 3;
  /** Greets and names the ward first (default); false for a learner who is back for another go. */
  greet?: boolean;
}

const wrongOf = (right: number, options: number) => (right + 1) % options;

/** A learner who greets, names a ward, and goes through a lesson answering as the script says. */
export async function scriptedLearner(app: App, id: string, ward: string, lessonId: string, script: Script) {
  const lesson = (await repoContent()).lesson(lessonId)!;
  const chat = chatter(app, id);
  if (script.greet !== false) for (const line of ['xin chao', 'bác', ward]) await chat.say(line);
  await chat.press(encodePayload({ kind: 'lesson', lessonId }));
  if (script.pre === 'continue') await chat.say('1');
  else {
    await chat.say('2'); // "✍️ Thử 2 câu trước"
    if (script.pre === 'skip') await chat.say(String(lesson.precheck[0]!.options.length + 1));
    else
      for (const [i, right] of script.pre.entries()) {
        const q = lesson.precheck[i]!;
        const correct = q.options.findIndex((o) => o.correct);
        await chat.say(String((right ? correct : wrongOf(correct, q.options.length)) + 1));
      }
  }
  let answered = 0;
  for (let i = 0; i < 40; i++) {
    const pos = (await chat.learner())?.position;
    if (!pos && answered > 0) return; // the task was answered on an earlier go
    if (pos?.mode === 'task') {
      await chat.say(String(script.task));
      return;
    }
    if (pos?.mode === 'lesson') await chat.say('1');
    else if (pos?.mode === 'quiz') {
      const q = lesson.quiz[pos.question]!;
      const correct = q.options.findIndex((o) => o.correct);
      await chat.say(String((answered++ < script.wrong ? wrongOf(correct, q.options.length) : correct) + 1));
    } else throw new Error(`${id} left the lesson at ${JSON.stringify(pos)}`);
  }
  throw new Error(`${id} never reached the task question`);
}

/** "ôn tập", then each due question answered right or wrong as listed. Returns how many were asked. */
export async function reviews(app: App, id: string, answers: boolean[]): Promise<number> {
  const content = await repoContent();
  const chat = chatter(app, id);
  await chat.say('ôn tập');
  let asked = 0;
  for (const right of answers) {
    const pos = (await chat.learner())?.position;
    if (pos?.mode !== 'review') break;
    const item = pos.items[pos.index]!;
    const q = content.lesson(item.lessonId)!.quiz.find((x) => x.id === item.questionId)!;
    const correct = q.options.findIndex((o) => o.correct);
    await chat.say(String((right ? correct : wrongOf(correct, q.options.length)) + 1));
    asked++;
  }
  return asked;
}
