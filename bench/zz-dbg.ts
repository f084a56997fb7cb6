import { loadContent } from '../src/content/load-content.ts';
import { createKnowledgeIndex } from '../src/core/answers/knowledge-index.ts';
const c = await loadContent({ dir: 'flows', promptsDir: 'prompts' } as never) as any;
const idx = createKnowledgeIndex(c.knowledge, (id: string) => c.lesson(id)?.title);
for (const q of process.argv.slice(2)) { console.log('==', q); for (const h of idx.search(q, 5)) console.log(h.entry.id, h.score.toFixed(2), 'cov', h.coverage.toFixed(2), 'close', h.closeness.toFixed(2)); }
