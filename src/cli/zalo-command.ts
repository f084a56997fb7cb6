import { createLogger } from '../app/logger.ts';
import { createStore } from '../app/create-store.ts';
import { createZaloBotApi } from '../channels/zalo/bot/bot-api.ts';
import { ZALO_BOT_WEBHOOK_PATH } from '../channels/zalo/bot/zalo-bot-channel.ts';
import { zaloOaTokens } from '../channels/zalo/create-zalo-channels.ts';
import { createZaloOAuth } from '../channels/zalo/oa/oauth-client.ts';
import { ZALO_OA_WEBHOOK_PATH } from '../channels/zalo/oa/zalo-oa-channel.ts';
import type { Config } from '../config.ts';
import { ConfigError } from '../core/errors.ts';

export const ZALO_USAGE = `  zalo oa-auth              print the Zalo OA consent URL
  zalo oa-auth --code CODE  exchange the returned code and store the OA tokens (needs REDIS_URL)
  zalo set-webhook [--url U] register the Zalo Bot webhook (default: ZALO_BOT_WEBHOOK_URL)
`;

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function need(value: string | undefined, name: string): string {
  if (!value) throw new ConfigError(`${name} is not set`);
  return value;
}

async function oaAuth(config: Config, args: readonly string[], io: Io): Promise<number> {
  const appId = need(config.ZALO_OA_APP_ID, 'ZALO_OA_APP_ID');
  const code = flag(args, '--code');
  if (code === undefined) {
    const redirect = need(config.ZALO_OA_REDIRECT_URI, 'ZALO_OA_REDIRECT_URI');
    const oauth = createZaloOAuth({ root: config.ZALO_OAUTH_ROOT, appId, appSecret: '' });
    io.stdout.write(
      '1. Open this page while logged in as an admin of the Official Account and allow access:\n\n   ' +
        `${oauth.consentUrl(redirect)}\n\n` +
        `2. Zalo redirects to ${redirect}?code=…&oa_id=…\n` +
        '3. Run: hocvuso zalo oa-auth --code <code>   (the code is valid for about 10 minutes)\n' +
        `Webhook URL to enter in the Zalo app: <PUBLIC_URL>${ZALO_OA_WEBHOOK_PATH}\n`,
    );
    return 0;
  }
  need(config.ZALO_OA_APP_SECRET, 'ZALO_OA_APP_SECRET');
  if (!config.REDIS_URL)
    throw new ConfigError('REDIS_URL is required: the OA tokens must be stored where `hocvuso serve` reads them');
  const store = createStore(config);
  try {
    const deps = { config, store, logger: createLogger(config.LOG_LEVEL ?? 'warn'), clock: () => new Date() };
    const oauth = createZaloOAuth({ root: config.ZALO_OAUTH_ROOT, appId, appSecret: config.ZALO_OA_APP_SECRET ?? '' });
    const saved = await zaloOaTokens(deps).save(await oauth.exchangeCode(code));
    io.stdout.write(
      `Zalo OA tokens stored. The access token is valid until ${saved.expiresAt}; it is refreshed automatically.\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

async function setWebhook(config: Config, args: readonly string[], io: Io): Promise<number> {
  const token = need(config.ZALO_BOT_TOKEN, 'ZALO_BOT_TOKEN');
  const secret = need(config.ZALO_BOT_WEBHOOK_SECRET, 'ZALO_BOT_WEBHOOK_SECRET');
  if (secret.length < 8 || secret.length > 256)
    throw new ConfigError('ZALO_BOT_WEBHOOK_SECRET must have 8–256 characters');
  const url = need(flag(args, '--url') ?? config.ZALO_BOT_WEBHOOK_URL, 'ZALO_BOT_WEBHOOK_URL (or --url)');
  if (!URL.canParse(url) || !url.startsWith('https://'))
    io.stderr.write('Warning: Zalo expects a public https:// webhook URL.\n');
  if (URL.canParse(url) && !new URL(url).pathname.endsWith(ZALO_BOT_WEBHOOK_PATH)) {
    io.stderr.write(
      `Warning: hocvuso serve answers the Zalo Bot webhook at ${ZALO_BOT_WEBHOOK_PATH}; make sure ${url} reaches it.\n`,
    );
  }
  await createZaloBotApi({ token, apiRoot: config.ZALO_BOT_API_ROOT }).setWebhook(url, secret);
  io.stdout.write(
    `Zalo Bot webhook set to ${url}\n(serve mounts it at ${ZALO_BOT_WEBHOOK_PATH}; long polling stops while a ` +
      'webhook is set)\n',
  );
  return 0;
}

/** `hocvuso zalo <oa-auth|set-webhook>`. Returns the exit code. */
export async function zaloCommand(config: Config, args: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'oa-auth') return oaAuth(config, rest, io);
  if (sub === 'set-webhook') return setWebhook(config, rest, io);
  io.stderr.write(`hocvuso zalo <command>\n\n${ZALO_USAGE}`);
  return sub === undefined ? 0 : 2;
}
