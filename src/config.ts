import { z } from 'zod';
import { ConfigError } from './core/errors.ts';
import type { ZaloOaRules } from './core/learners/zalo-window.ts';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const optionalUrl = optionalString.pipe(z.url().optional());
const onOff = z.enum(['on', 'off']);

/**
 * Every setting hocvuso reads, with its default and meaning. The README's settings table
 * is generated from these descriptions (`npx hocvuso config table`), so it cannot drift.
 */
export const configSchema = z.object({
  REDIS_URL: optionalUrl.describe('Redis connection URL. Unset: everything runs in memory (the terminal demo).'),
  REDIS_KEY_PREFIX: z.string().default('hv:').describe('Prefix of every store key in Redis.'),
  QUEUE_PREFIX: z
    .string()
    .default('{hocvuso}')
    .describe('BullMQ key prefix; the braces are a Redis Cluster hash tag so a queue lives in one slot.'),
  QUEUE_LOCK_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(30_000)
    .describe(
      'How long a worker holds a send job, or a serve process an incoming update, without renewing it. Jobs and ' +
        'updates of a process that died (killed, crashed) go to another process after about this long.',
    ),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .optional()
    .describe('pino log level (default: info for serve and worker, warn for the terminal chat).'),
  CONTENT_DIR: z.string().default('flows').describe('Folder with lessons/ and knowledge/ YAML files.'),
  PROMPTS_DIR: z.string().default('prompts').describe('Folder with the LLM prompt files.'),
  TIMEZONE: z.string().default('Asia/Ho_Chi_Minh').describe('Default timezone of learners (reminders, streaks).'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port of `hocvuso serve`.'),
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(?:true|false|\d)?$/, 'write the number of proxies in front of the server (0–9), or true/false')
    .default('0')
    .transform((v) => (v === 'true' ? 1 : v === 'false' || v === '' ? 0 : Number(v)))
    .describe(
      'How many reverse proxies (nginx, a load balancer) stand in front of `serve`. `0` (default): the client ' +
        "address is the socket's and `X-Forwarded-For` is ignored, since anyone can send it. `1` (or `true`): the " +
        'last address in `X-Forwarded-For`, the one your proxy added. Login limits and the per-address body budget ' +
        'use this address.',
    ),
  PUBLIC_URL: optionalUrl.describe('Public base URL of the server, used for web links.'),
  WORKERS: onOff.default('on').describe('`off` makes `serve` run no queue workers (run `hocvuso worker` separately).'),
  ADMIN_IDS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .describe('Comma-separated admin conversation ids, e.g. `telegram:123,zalo:abc`.'),
  OPENAI_API_KEY: optionalString.describe(
    'Key of an OpenAI-compatible API. Unset: answers come from the knowledge base only.',
  ),
  OPENAI_BASE_URL: optionalUrl.describe('Base URL of an OpenAI-compatible API (vLLM, Ollama…).'),
  OPENAI_MODEL: z.string().default('gpt-4o-mini').describe('Chat model for answers.'),
  OPENAI_TRANSCRIBE_MODEL: z.string().default('whisper-1').describe('Model for voice transcription.'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(15000).describe('Timeout of one LLM call.'),
  OPENAI_SAFETY_CHECK: z
    .enum(['all', 'llm', 'off'])
    .default('all')
    .describe(
      'With a key: which messages no safety rule flagged the model also classifies (one short call, ' +
        '`prompts/safety-system.md`; a class found gives its fixed safety reply). `all`: every typed or spoken ' +
        'question, so confident knowledge answers wait for it too; `llm`: only those the model answers (no added ' +
        'wait: it runs beside the answer call); `off`: rules only.',
    ),
  OPENAI_SAFETY_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(4000)
    .describe('Timeout of the safety classification call; on timeout the rules alone decide, as without a model.'),
  TELEGRAM_BOT_TOKEN: optionalString.describe('Telegram bot token from @BotFather; enables the Telegram channel.'),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org').describe('Bot API server root.'),
  TELEGRAM_WEBHOOK_URL: optionalUrl.describe(
    'Public HTTPS webhook URL (its path is served on PORT); unset means long polling.',
  ),
  TELEGRAM_PAID_BROADCAST: onOff
    .default('off')
    .describe(
      '`on`: broadcasts to learners go out at up to 1,000 messages/s instead of 30, sent with ' +
        "`allow_paid_broadcast`; Telegram charges each such message 0.1 Star from the bot's balance. Reminders and " +
        'other messages stay free at 30/s. Needs Redis.',
    ),
  TELEGRAM_WEBHOOK_SECRET: optionalString.describe(
    'Secret checked in X-Telegram-Bot-Api-Secret-Token (1–256 of A-Z a-z 0-9 _ -; default: derived from the bot ' +
      'token).',
  ),
  ZALO_BOT_TOKEN: optionalString.describe('Zalo Bot API token; enables the Zalo Bot channel.'),
  ZALO_BOT_API_ROOT: z.url().default('https://bot-api.zaloplatforms.com').describe('Zalo Bot API root.'),
  ZALO_BOT_WEBHOOK_URL: optionalUrl.describe('Public webhook URL for the Zalo Bot; unset means long polling.'),
  ZALO_BOT_WEBHOOK_SECRET: optionalString.describe('Secret checked in X-Bot-Api-Secret-Token (8–256 characters).'),
  ZALO_OA_APP_ID: optionalString.describe('Zalo app id; with the OA keys enables the Zalo OA channel.'),
  ZALO_OA_SECRET_KEY: optionalString.describe('OA secret key (verifies X-ZEvent-Signature).'),
  ZALO_OA_APP_SECRET: optionalString.describe('App secret (OAuth token requests).'),
  ZALO_OA_API_ROOT: z.url().default('https://openapi.zalo.me').describe('Zalo OA Open API root.'),
  ZALO_OAUTH_ROOT: z.url().default('https://oauth.zaloapp.com').describe('Zalo OAuth root.'),
  ZALO_OA_REDIRECT_URI: optionalUrl.describe('OAuth redirect URI registered for the Zalo app.'),
  ZALO_OA_WINDOW_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(48)
    .describe("Zalo OA: hours after a person's message during which the OA's replies are free."),
  ZALO_OA_REPLY_BUDGET: z.coerce
    .number()
    .int()
    .min(0)
    .max(100)
    .default(8)
    .describe('Zalo OA: free replies per message from a person; later messages count against the monthly quota.'),
  ZALO_OA_PROACTIVE_QUOTA: z.coerce
    .number()
    .int()
    .min(0)
    .default(1000)
    .describe(
      'Zalo OA: proactive messages (outside the free replies) the OA may send per calendar month; sends beyond it ' +
        'are refused as `quota`, never retried.',
    ),
  ZALO_OA_REMINDERS_USE_QUOTA: onOff
    .default('off')
    .describe(
      '`on`: daily reminders to Zalo OA learners also go out after the free window, using the monthly quota; `off`: ' +
        'only within the window.',
    ),
  CI: optionalString.describe(
    'Set by CI systems: Redis-backed tests then fail instead of skipping when Redis is missing.',
  ),
  SESSION_SECRET: optionalString.describe(
    'Secret signing web dashboard cookies (random per start if unset). Set the same value on every `serve` replica, ' +
      'or a session works only on the replica that created it.',
  ),
  CERTIFICATE_SECRET: optionalString.describe(
    'Secret from which certificate verification codes are derived (SESSION_SECRET, else random per start, if unset). ' +
      'Codes already issued keep verifying: they are stored.',
  ),
  HANDOFF_HOURS: z
    .string()
    .regex(/^\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}$/, 'write the hours as HH:MM-HH:MM, e.g. 07:30-21:00')
    .default('07:30-21:00')
    .describe(
      'Hours (in TIMEZONE) when ward teams answer questions handed over by the tutor; outside them questions wait ' +
        'and learners are told when to expect an answer.',
    ),
  KNOWLEDGE_DRAFTS_DIR: z
    .string()
    .default('flows/knowledge-drafts')
    .describe(
      'Folder where team answers marked "Thêm vào kho kiến thức" are written as draft knowledge entries for `hocvuso ' +
        'knowledge review`.',
    ),
  CONTENT_REVIEW_DAYS: z.coerce
    .number()
    .int()
    .positive()
    .default(180)
    .describe('Lessons and knowledge entries reviewed longer ago than this many days are flagged on the dashboard.'),
  BROADCAST_PAGE_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(500)
    .describe(
      'Recipients of a broadcast put on the send queue at once; the next page goes in when fewer than half a page ' +
        'are left, so reminders never wait behind a whole broadcast.',
    ),
});

export type Config = z.infer<typeof configSchema>;

/** Parses settings; tests call this with a plain object instead of `process.env`. */
export function createConfig(input: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid config:\n${lines.join('\n')}`, { cause: result.error });
  }
  return result.data;
}

/** Zalo OA's billing rules from the settings. */
export function zaloOaRules(config: Config): ZaloOaRules {
  return {
    windowMs: config.ZALO_OA_WINDOW_HOURS * 3_600_000,
    replyBudget: config.ZALO_OA_REPLY_BUDGET,
    monthlyQuota: config.ZALO_OA_PROACTIVE_QUOTA,
  };
}

/** The one place that reads the process environment. */
export function loadConfig(): Config {
  return createConfig(process.env);
}
