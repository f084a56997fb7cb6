import type { Reply } from '../../core/message.ts';
import type { Feature } from '../../core/router/feature.ts';
import type { Store } from '../../core/store.ts';
import type { AuditLog } from './audit-log.ts';
import { roleOf, type RolePolicy } from './roles.ts';
import { createLoginToken, LOGIN_LINK_TTL_MS } from './web-login-tokens.ts';

export interface WebLoginFeatureDeps {
  store: Store;
  policy: RolePolicy;
  audit: AuditLog;
  clock: () => Date;
  /** Where the dashboard is served, without a trailing slash (PUBLIC_URL or http://localhost:PORT). */
  baseUrl: string;
}

/** Folded texts that ask for the dashboard link. */
const PHRASES = new Set(['web', 'trang quan ly', 'dashboard']);

/**
 * "/web": gives a team member or admin a one-time login link to the web dashboard. Learners get
 * nothing from it: the feature stays silent and the message goes on to the other features.
 */
export function webLoginFeature(deps: WebLoginFeatureDeps): Feature {
  return {
    name: 'web-login',
    decide(ctx) {
      if (!PHRASES.has(ctx.folded) || roleOf(ctx.learner, deps.policy) === 'learner') return undefined;
      const id = ctx.learner.id;
      return {
        reply: [],
        after: async (): Promise<Reply> => {
          const now = deps.clock();
          const token = await createLoginToken(deps.store, id, now);
          await deps.audit.record({ at: now.toISOString(), actor: id, action: 'web.link' });
          const minutes = Math.round(LOGIN_LINK_TTL_MS / 60_000);
          return [
            {
              type: 'text',
              text:
                '🔐 Đường dẫn đăng nhập trang quản lý Học vụ số. Đường dẫn chỉ dùng được một lần và hết hạn sau ' +
                `${minutes} phút. Xin đừng chuyển cho người khác.`,
            },
            { type: 'link', url: `${deps.baseUrl}/admin/login?token=${token}`, title: 'Mở trang quản lý' },
          ];
        },
      };
    },
  };
}
