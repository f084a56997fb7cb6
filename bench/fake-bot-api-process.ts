import { startLeanBotApi } from './fake-bot-api.ts';

/**
 * The lean Bot API in a process of its own (as the real one is on another machine), so its
 * work is not counted against the sender's: prints its URL, serves `GET /stats`, exits on SIGTERM.
 * Usage: `node --import tsx bench/fake-bot-api-process.ts [perSecond [paidPerSecond]]`.
 */
const [limit, paidLimit] = process.argv.slice(2);
const api = await startLeanBotApi({
  ...(limit ? { perSecond: Number(limit) } : {}),
  ...(paidLimit ? { paidPerSecond: Number(paidLimit) } : {}),
});
process.stdout.write(`${api.url}\n`);
process.on('SIGTERM', () => void api.close().then(() => process.exit(0)));
