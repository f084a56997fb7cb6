import { createApp, type App } from '../../src/app/create-app.ts';
import { createConfig } from '../../src/config.ts';
import { type Content, createContent } from '../../src/core/content/content.ts';
import { type Lesson, lessonSchema } from '../../src/core/content/lesson-schema.ts';
import { parseYaml } from '../../src/core/content/parse-yaml.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Store } from '../../src/core/store.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { cleanupPrefix, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { repoContent } from '../support/test-app.ts';

/** A short lesson whose first step is tested in two wordings, 70/30. */
export const STEP_TEST = `
id: thu-ab
title: "Bài thử A/B"
summary: "Một bước có hai cách nói."
order: 90
reviewed: 2026-12-01
steps:
  - id: mo-dau
    text: "Cách nói thứ nhất: mật khẩu có chữ hoa, chữ thường, số và ký tự đặc biệt."
    variants:
      - id: goc
        weight: 70
      - id: vi-du
        weight: 30
        text: "Cách nói thứ hai, có ví dụ: Nhaco3caycau@."
  - id: ghi-so
    text: "Ghi mật khẩu vào sổ, cất kỹ."
quiz:
  - id: q1
    question: "Mật khẩu nên có gì?"
    options:
      - text: "Chữ hoa, chữ thường, số, ký tự"
        correct: true
      - text: "Chỉ ngày sinh"
    explanation: "Mật khẩu mạnh có đủ bốn loại ký tự."
  - id: q2
    question: "Ghi mật khẩu ở đâu?"
    options:
      - text: "Sổ cất kỹ trong nhà"
        correct: true
      - text: "Đăng lên Facebook"
    explanation: "Ghi vào sổ, cất nơi kín đáo."
`;

/** A lesson tested whole: the second arm has other steps (other ids) and one quiz question. */
export const LESSON_TEST = `
id: thu-ca-bai
title: "Bài thử cả bài"
summary: "Hai cách dạy cả bài."
order: 91
reviewed: 2026-12-01
variants:
  - id: dai
    weight: 1
  - id: ngan
    weight: 1
    title: "Bài thử cả bài (ngắn)"
    steps:
      - id: tom-tat
        text: "Tóm tắt trong một bước."
      - id: nhac-lai
        text: "Nhắc lại điều chính."
    quiz:
      - id: k1
        question: "Đã hiểu chưa?"
        options:
          - text: "Rồi"
            correct: true
          - text: "Chưa"
        explanation: "Tốt lắm."
steps:
  - id: buoc-1
    text: "Bước một của bài dài."
  - id: buoc-2
    text: "Bước hai của bài dài."
  - id: buoc-3
    text: "Bước ba của bài dài."
quiz:
  - id: q1
    question: "Bài dài có mấy bước?"
    options:
      - text: "Ba"
        correct: true
      - text: "Một"
    explanation: "Ba bước."
`;

export function parseLesson(file: string, text: string): Lesson {
  const parsed = parseYaml(file, text, lessonSchema);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return parsed.value.data;
}

/** The repository's content plus the two test lessons (weights changed with `weights`). */
export async function experimentContent(stepWeights?: [number, number]): Promise<Content> {
  const repo = await repoContent();
  const step = parseLesson('thu-ab.yaml', STEP_TEST);
  if (stepWeights) step.steps[0]!.variants!.forEach((v, i) => (v.weight = stepWeights[i]!));
  const lessons = [...repo.lessons, step, parseLesson('thu-ca-bai.yaml', LESSON_TEST)];
  return createContent(
    lessons,
    [...repo.knowledge],
    { ...repo.prompts },
    repo.wards,
    { language: repo.language, scamSignals: repo.scamSignals },
    repo.talk,
  );
}

/** A real app on `store` and the test content: a "process" of the server. */
export function experimentApp(
  store: Store,
  content: Content,
  clock?: () => Date,
  env: Record<string, string> = {},
): App {
  return createApp({
    config: createConfig(env),
    content,
    store,
    logger: silentLogger,
    ...(clock ? { clock } : {}),
  });
}

/** A store, and the same keys opened again as a restarted process would (a new Redis connection). */
export type ReopenableStore = [
  name: string,
  available: boolean,
  open: () => { store: Store; reopen: () => Store; cleanup: () => Promise<void> },
];

/** Memory always (a second app on the same object), Redis (own key prefix) when `hasRedis`. */
export function reopenableStores(label: string, hasRedis: boolean): ReopenableStore[] {
  const memory = () => {
    const store = createMemoryStore();
    return { store, reopen: () => store, cleanup: async () => undefined };
  };
  const redis = () => {
    const prefix = uniquePrefix(label);
    const opened: Store[] = [];
    const reopen = () => {
      const store = createRedisStore({ url: TEST_REDIS_URL, prefix });
      opened.push(store);
      return store;
    };
    const store = reopen();
    const cleanup = async () => {
      for (const s of opened) await s.close();
      await cleanupPrefix(prefix);
    };
    return { store, reopen, cleanup };
  };
  return [
    ['memory', true, memory],
    ['Redis', hasRedis, redis],
  ];
}
