import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

/** Questions about AI tools (issue 16): what an assistant is, the popular apps, AI at work. */
describe('answers about AI tools', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });
  const answer = (q: string) => answerer.draft(q).answer;

  it('says what an AI assistant is before how to install one', () => {
    // "app" and "ai" in lower case: what the apps are, not the steps to install ChatGPT.
    const a = answer('may cai app ai la gi vay con, tui xai dc hong');
    expect(a.entry).toBe('ai-la-gi');
    expect(a.unsure).toBe(false);
  });

  it('answers "what is an AI assistant" with the general entry, not one about a named app', () => {
    // The Zalo assistants' entry says "trợ lý AI" most, but the question names no app.
    expect(answer('tro ly ai la gi').entry).toBe('ai-la-gi');
    expect(answer('chatbot la cai gi vay').entry).toBe('ai-la-gi');
    expect(answer('zalo co tro ly ai khong').entry).toBe('ai-zalo-kiki-info');
  });
});
