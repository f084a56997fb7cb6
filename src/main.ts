import { askCommand } from './cli/ask-command.ts';
import { chatCommand } from './cli/chat-command.ts';
import { evalCommand } from './cli/eval-command.ts';
import { flowsCheck, flowsSchema } from './cli/flows-command.ts';
import { KNOWLEDGE_USAGE, knowledgeCommand } from './cli/knowledge-command.ts';
import { serveCommand } from './cli/serve-command.ts';
import { workerCommand } from './cli/worker-command.ts';
import { settingsTable } from './cli/config-command.ts';
import { ZALO_USAGE, zaloCommand } from './cli/zalo-command.ts';
import { loadConfig } from './config.ts';
import { HocvusoError } from './core/errors.ts';

const USAGE = `hocvuso <command>

  chat [--user NAME]        talk to the tutor in the terminal (no setup needed)
  flows check [dir]         validate lessons, knowledge and prompts (default dir: flows)
  flows schema [dir]        regenerate the JSON Schemas in <dir>/schema
  ask "<question>" [--json] answer one question (no question: one per line from stdin)
  eval [file] [--verbose]   score answers on the evaluation set (default test/eval/questions.yaml)
  config table              print the settings table (Markdown) from the config schema
  serve                     HTTP server, webhooks and every configured channel
  worker                    outbound workers and the reminder tick alone (needs REDIS_URL)
${KNOWLEDGE_USAGE}${ZALO_USAGE}`;

/** The `hocvuso` command. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  /** The words after the command. */
  const args = [sub, ...rest].filter((a): a is string => a !== undefined);
  try {
    const config = loadConfig();
    switch (command) {
      case 'chat': {
        const userFlag = [sub, ...rest].indexOf('--user');
        const user = userFlag >= 0 ? [sub, ...rest][userFlag + 1] : undefined;
        return await chatCommand(
          config,
          { stdin: process.stdin, stdout: process.stdout, isTTY: Boolean(process.stdin.isTTY) },
          user,
        );
      }
      case 'ask':
        return await askCommand(config, args, { stdin: process.stdin, stdout: process.stdout });
      case 'eval':
        return await evalCommand(config, args, process.stdout);
      case 'flows':
        if (sub === 'check')
          return await flowsCheck(
            rest[0] ?? config.CONTENT_DIR,
            rest[0] ? undefined : config.PROMPTS_DIR,
            process.stdout,
            process.stderr,
          );
        if (sub === 'schema') return await flowsSchema(rest[0] ?? config.CONTENT_DIR, process.stdout);
        break;
      case 'knowledge':
        return await knowledgeCommand(config, args, { stdout: process.stdout, stderr: process.stderr });
      case 'config':
        if (sub === 'table') {
          process.stdout.write(`${settingsTable()}\n`);
          return 0;
        }
        break;
      case 'serve':
        return await serveCommand(config);
      case 'worker':
        return await workerCommand(config);
      case 'zalo':
        return await zaloCommand(config, args, { stdout: process.stdout, stderr: process.stderr });
      default:
        break;
    }
    process.stderr.write(USAGE);
    return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  } catch (error) {
    if (error instanceof HocvusoError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
