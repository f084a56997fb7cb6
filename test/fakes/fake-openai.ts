import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the fake does with the next request: answer, fail with a status, hang, send junk, or
 * drop the connection unanswered (as a server closing a kept-alive socket the client reused).
 */
export type FakeStep =
  | { reply: string }
  | { status: number; body?: string }
  | { hang: true }
  | { garbage: 'json' | 'sse' }
  | { drop: true };

/** One request the fake received, as the SDK sent it over HTTP. */
export interface RecordedRequest {
  path: string;
  /** Raw body text (JSON for chat; multipart for transcriptions, decoded below). */
  raw: string;
  /** Parsed JSON body of chat completions. */
  json?: { model: string; stream?: boolean; messages: Array<{ role: string; content: string }> };
  /** Multipart fields of transcriptions (the file as name, type and size). */
  form?: { model: string; language?: string; file: { name: string; type: string; size: number } };
}

export interface FakeOpenAi {
  /** Base URL to pass as OPENAI_BASE_URL (ends with /v1). */
  url: string;
  requests: RecordedRequest[];
  /**
   * Retrieval calls (the system prompt asks for `TRUY_VAN`), kept apart from `requests` and
   * never using the steps: the fake keeps the question as query and chooses the first three
   * entries listed.
   */
  retrievals: RecordedRequest[];
  /**
   * Safety classification calls (the system prompt asks for `{"class": …}`), kept apart from
   * `requests` and never using the steps: `classify` answers them.
   */
  classifications: RecordedRequest[];
  /**
   * The test's rule for a classification: the (redacted) question in, what the fake does out.
   * Default: `{"class": "none"}` for every question. A stand-in cannot judge risk: it only
   * says what the rule tells it.
   */
  classify: (question: string) => FakeStep;
  /**
   * The stand-in model: answers with every passage it was given and cites them all, so an
   * evaluation measures what the passages contain (the ceiling of any model).
   */
  standIn: boolean;
  /** Steps used one per request, in order; when none is left, `reply`/`transcript` answer. */
  script(...steps: FakeStep[]): void;
  reply: string;
  transcript: string;
  close(): Promise<void>;
}

function sse(res: ServerResponse, text: string): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  // Split the reply in a few chunks, like a real stream.
  const pieces = text.match(/[\s\S]{1,40}/g) ?? [''];
  for (const content of pieces) {
    const chunk = {
      id: 'chatcmpl-fake',
      object: 'chat.completion.chunk',
      created: 0,
      model: 'fake',
      choices: [{ index: 0, delta: { content }, finish_reason: null }],
    };
    res.write(`data: ${JSON.stringify(chunk)}\n\n`);
  }
  res.write(
    `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model: 'fake', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
  );
  res.end('data: [DONE]\n\n');
}

function completion(res: ServerResponse, text: string): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 0,
      model: 'fake',
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    }),
  );
}

async function readForm(req: IncomingMessage, body: Buffer): Promise<RecordedRequest['form']> {
  const request = new Request('http://fake/upload', {
    method: 'POST',
    headers: { 'content-type': req.headers['content-type'] ?? '' },
    body,
  });
  const form = await request.formData();
  const file = form.get('file');
  const language = form.get('language');
  return {
    model: String(form.get('model')),
    ...(typeof language === 'string' ? { language } : {}),
    file:
      file instanceof File ? { name: file.name, type: file.type, size: file.size } : { name: '', type: '', size: 0 },
  };
}

/** The retrieval reply: the question as query, the first three listed entries (`[id] …`) chosen. */
function chooseFirst(user: string): string {
  const question = askedQuestion(user);
  const ids = [...user.matchAll(/^\[([a-z0-9-]+)\]/gm)].map((m) => m[1]).slice(0, 3);
  return `TRUY_VAN: ${question}\nCHON: ${ids.length > 0 ? ids.join(', ') : 'KHONG'}`;
}

/** The question inside `<cau_hoi>` of a user message. */
export const askedQuestion = (user: string) => /<cau_hoi>\s*([\s\S]*?)\s*<\/cau_hoi>/.exec(user)?.[1] ?? '';

/** The stand-in's answer: every passage's text, all cited. */
function everyPassage(user: string): string {
  const answers = [...user.matchAll(/<tai_lieu so="(\d+)">[\s\S]*?Trả lời: ([\s\S]*?)<\/tai_lieu>/g)];
  if (answers.length === 0) return 'KHONG_BIET';
  return `${answers.map((m) => m[2]!.trim()).join('\n\n')}\nNGUON: ${answers.map((m) => m[1]).join(', ')}`;
}

/** An OpenAI-compatible server on 127.0.0.1 (port 0) that the real `openai` SDK talks to. */
export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const steps: FakeStep[] = [];
  const sockets = new Set<Socket>();
  const fake = {
    url: '',
    requests: [] as RecordedRequest[],
    retrievals: [] as RecordedRequest[],
    classifications: [] as RecordedRequest[],
    classify: (_question: string): FakeStep => ({ reply: '{"class": "none"}' }),
    standIn: false,
    reply: 'Dạ, đây là câu trả lời.\nNGUON: 1',
    transcript: 'quên mật khẩu VNeID',
    script: (...next: FakeStep[]) => void steps.push(...next),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const path = req.url ?? '';
    const recorded: RecordedRequest = { path, raw: body.toString('utf8') };
    if (path.endsWith('/chat/completions')) recorded.json = JSON.parse(recorded.raw) as RecordedRequest['json'];
    if (path.endsWith('/audio/transcriptions')) recorded.form = await readForm(req, body);
    const messages = recorded.json?.messages ?? [];
    if (messages[0]?.content.includes('TRUY_VAN')) {
      fake.retrievals.push(recorded);
      const chosen = chooseFirst(messages[1]?.content ?? '');
      // The client streams every call: a plain JSON body would read as an empty reply.
      return recorded.json?.stream ? sse(res, chosen) : completion(res, chosen);
    }
    if (messages[0]?.content.includes('{"class"')) {
      fake.classifications.push(recorded);
      return respond(res, recorded, fake.classify(askedQuestion(messages[1]?.content ?? '')), fake.reply);
    }
    fake.requests.push(recorded);
    if (fake.standIn && path.endsWith('/chat/completions')) {
      const text = everyPassage(messages[1]?.content ?? '');
      return recorded.json?.stream ? sse(res, text) : completion(res, text);
    }
    if (path.endsWith('/audio/transcriptions')) {
      const step = steps.shift();
      if (!step || 'reply' in step) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ text: step?.reply ?? fake.transcript }));
        return;
      }
      return respond(res, recorded, step, fake.transcript);
    }
    if (path.endsWith('/chat/completions')) return respond(res, recorded, steps.shift(), fake.reply);
    res.writeHead(404).end();
  });
  // Idle sockets stay open until the client closes them: with Node's 5 s default the server could
  // close one just as the SDK reused it (a POST then fails at once), which a loaded runner hits.
  server.keepAliveTimeout = 0;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

/** Does what one step says to a chat completion (streamed or not); no step: `fallback` as reply. */
function respond(res: ServerResponse, recorded: RecordedRequest, step: FakeStep | undefined, fallback: string): void {
  if (step && 'hang' in step) return; // never answers; the client must time out
  if (step && 'drop' in step) return void res.socket?.destroy();
  if (step && 'status' in step) {
    res.writeHead(step.status, { 'content-type': 'application/json' });
    res.end(step.body ?? JSON.stringify({ error: { message: `fake error ${step.status}`, type: 'fake' } }));
    return;
  }
  if (step && 'garbage' in step) {
    res.writeHead(200, { 'content-type': step.garbage === 'sse' ? 'text/event-stream' : 'application/json' });
    res.end(step.garbage === 'sse' ? 'data: {"choices": [ this is not json\n\n' : '{"choices": [ this is not json');
    return;
  }
  const text = step && 'reply' in step ? step.reply : fallback;
  if (recorded.json?.stream) sse(res, text);
  else completion(res, text);
}
