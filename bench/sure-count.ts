/**
 * Counts, per evaluation file, the questions with an `entry` answered FOR SURE with that entry
 * (`npx tsx bench/sure-count.ts FILE…`): the eval's "right entry" also counts a "Có phải…?" offer.
 * Figures only, no question text, so it may run on held-out sets.
 */
import { cliAnswerer } from '../src/cli/ask-command.ts';
import { loadEvalSet } from '../src/cli/eval-set.ts';
import { loadConfig } from '../src/config.ts';

const answerer = await cliAnswerer(loadConfig());
for (const file of process.argv.slice(2)) {
  const items = (await loadEvalSet(file)).filter((i) => i.entry !== undefined);
  let sure = 0;
  for (const item of items) {
    const answer = await answerer.answer(item.q);
    if (!answer.unsure && answer.kind === 'knowledge' && answer.entry === item.entry) sure++;
  }
  process.stdout.write(`${file}: sure with the right entry ${sure}/${items.length}\n`);
}
