/**
 * `npm run eval:ceiling`: the evaluation with the stand-in model of test/fakes (an
 * OpenAI-compatible server on loopback that answers with every passage it was given). The
 * share of answers carrying every required fact is then the share of questions whose facts
 * are in the passages handed to the model: the ceiling of any model. Both sets are printed;
 * the sealed one without per-question output.
 */
import { evalCommand } from '../../src/cli/eval-command.ts';
import { createConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { startFakeOpenAi } from '../fakes/fake-openai.ts';

const fake = await startFakeOpenAi();
fake.standIn = true;
try {
  await evalCommand(
    createConfig({ OPENAI_API_KEY: 'stand-in', OPENAI_BASE_URL: fake.url, OPENAI_TIMEOUT_MS: '5000' }),
    process.argv.slice(2),
    process.stdout,
    { logger: silentLogger, label: 'stand-in model returning every passage: the passage ceiling' },
  );
} finally {
  await fake.close();
}
