import { createServer } from 'node:http';
import { Telegraf } from 'telegraf';

/** The framework's ceiling: a bare Telegraf echo bot on a webhook, against the same fake Bot API. */
const [token = '', apiRoot = '', port = '0'] = process.argv.slice(2);
const bot = new Telegraf(token, { telegram: { apiRoot, webhookReply: false } });
bot.on('text', (ctx) => ctx.reply(ctx.message.text));
bot.botInfo = {
  id: 1,
  is_bot: true,
  first_name: 'Bench',
  username: 'bench_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};
const server = createServer(bot.webhookCallback('/hook'));
server.listen(Number(port), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
