import type { App } from '../../../src/app/create-app.ts';
import { encodePayload } from '../../../src/core/flows/payload.ts';
import { chatter, repoContent } from '../../support/test-app.ts';
import { signIn, startWebServer, webClient } from './web-client.ts';

export const ADMIN = 'telegram:9001';
export const env = { ADMIN_IDS: ADMIN };

/** A team member of a ward, joined with an invite code from the admin, exactly as in the chat. */
export async function joinTeam(app: App, id: string, ward: string, name = 'Lan'): Promise<void> {
  const reply = await chatter(app, ADMIN).say(`/moi ${ward}`);
  const code = reply.match(/HV-[A-Z0-9]{6}/)?.[0];
  if (!code) throw new Error(`no invite code in: ${reply}`);
  const member = chatter(app, id);
  await member.send({ text: 'xin chao', displayName: `Nguyễn Thị ${name}` });
  await member.send({ text: code, displayName: `Nguyễn Thị ${name}` });
}

/** Sends "/web" through the real tutor; returns the login link, or undefined when none came. */
export async function loginLink(app: App, id: string): Promise<string | undefined> {
  const { reply } = await chatter(app, id).send({ text: '/web' });
  const link = reply.find((p) => p.type === 'link');
  return link?.type === 'link' ? link.url : undefined;
}

/** A dashboard server of its own, signed in as `id`; `cleanups` gets what closes the server. */
export async function signedInBrowser(app: App, id: string, cleanups: Array<() => Promise<void>>) {
  const server = await startWebServer(app, { secret: 's' });
  cleanups.push(server.close);
  const browser = webClient(server.base);
  const { status } = await signIn(browser, (await loginLink(app, id))!);
  if (status !== 303) throw new Error(`${id} could not sign in (${status})`);
  return browser;
}

/** A learner who onboards in a ward and finishes a lesson with `wrong` wrong answers; `stopAtStep` leaves them inside the lesson. */
export async function learnerFinishes(
  app: App,
  id: string,
  ward: string,
  lessonId: string,
  wrong: number,
  stopAtStep?: number,
): Promise<void> {
  const content = await repoContent();
  const chat = chatter(app, id);
  await chat.say('xin chao');
  await chat.say('bác');
  await chat.say(ward);
  await chat.press(encodePayload({ kind: 'lesson', lessonId }));
  let answered = 0;
  let steps = 0;
  for (let i = 0; i < 60; i++) {
    const pos = (await chat.learner())?.position;
    if (!pos) return;
    if (pos.mode === 'lesson') {
      if (stopAtStep !== undefined && ++steps > stopAtStep) return;
      await chat.say('1');
    } else if (pos.mode === 'quiz') {
      const q = content.lesson(lessonId)!.quiz[pos.question]!;
      const right = q.options.findIndex((o) => o.correct);
      await chat.say(String((answered++ < wrong ? (right + 1) % q.options.length : right) + 1));
    }
  }
}
