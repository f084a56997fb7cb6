/** Entry of the built `hocvuso` command (`node dist/cli-entry.js …`, what the Docker image runs). */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
