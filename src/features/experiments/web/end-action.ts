import { forbidden } from '../../../web/error-pages.ts';
import { redirect } from '../../../web/http-io.ts';
import type { PageContext } from '../../../web/web-context.ts';
import { renderExperiments } from './experiments-page.ts';

/** Ends an A/B test with the arm the admin picked; recorded in the audit log. Admins only. */
export async function endExperiment(ctx: PageContext): Promise<void> {
  if (ctx.viewer.role !== 'admin') return forbidden(ctx);
  const { experiments, audit, clock } = ctx.deps.app;
  const id = ctx.form.get('experiment') ?? '';
  const winner = ctx.form.get('winner') ?? '';
  const now = clock();
  const result = await experiments.end(id, winner, ctx.viewer.learner.id, now);
  if (!result.ok)
    return renderExperiments(ctx, 422, {
      ok: false,
      text:
        result.reason === 'already'
          ? 'Thử nghiệm này đã kết thúc trước đó.'
          : 'Chưa chọn phương án, hoặc thử nghiệm không còn trong bài học.',
    });
  await audit.record({
    at: now.toISOString(),
    actor: ctx.viewer.learner.id,
    action: 'experiment.end',
    target: id,
    detail: { winner },
  });
  redirect(ctx.res, '/admin/experiments?ok=ended');
}
