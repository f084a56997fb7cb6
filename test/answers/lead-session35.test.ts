import { beforeAll, describe, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { safetyChecks } from '../support/safety-expect.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

const { getsReply, staysAnswer } = safetyChecks(() => answerer);

describe('first aid learnt for fainting, nobody fainting now (session 35)', () => {
  it.each([
    'xem clip dạy sơ cứu người ngất xỉu ở đâu',
    'học sơ cứu người bị ngất xỉu ở đâu',
    'muốn học sơ cứu thì học ở đâu',
  ])('"%s" is not sent to 115 as an emergency', (q) => staysAnswer(q));

  it.each(['ba tôi ngất xỉu, xem clip dạy sơ cứu ở đâu', 'clip sơ cứu ba tôi đang ngất xỉu ở đâu'])(
    '"%s" is still an emergency: 115',
    (q) => getsReply(q, 'medical-emergency', '115'),
  );
});

describe("a child's own remote-control app on the parent's phone (session 35)", () => {
  it.each([
    'con tôi cài teamviewer trên máy tôi để chỉnh giùm',
    'cháu tui cài ultraview vào điện thoại tui rồi, có sao không',
  ])('"%s" is no scam alarm', (q) => staysAnswer(q));

  it.each(['con tôi nhắn zalo số mới bảo cài teamviewer trên máy tôi', 'người lạ cài teamviewer trên máy tôi'])(
    '"%s" is still warned',
    (q) => getsReply(q, 'scam', /KHÔNG cài/),
  );
});
