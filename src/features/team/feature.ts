import type { Content } from '../../core/content/content.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { Reply } from '../../core/message.ts';
import type { Feature } from '../../core/router/feature.ts';
import { ALL_WARDS } from '../../core/stats/stats-keys.ts';
import { targetsChart } from './stats/chart.ts';
import { statsCsv, statsReport, targetLines } from './stats/report.ts';
import { readTargets, setTarget, TARGET_NAMES } from './stats/targets.ts';
import { readWardStats } from './stats/ward-stats.ts';
import type { Store } from '../../core/store.ts';
import { readWard, wardLabelOf } from '../onboarding/ward.ts';
import type { AuditLog } from './audit-log.ts';
import { createInvite, normaliseInviteCode, redeemInvite } from './invites.ts';
import { mayActOnWard, roleOf, type RolePolicy } from './roles.ts';
import type { TeamDirectory } from './directory.ts';

export interface TeamFeatureDeps {
  store: Store;
  learners: LearnerRepo;
  policy: RolePolicy;
  directory: TeamDirectory;
  audit: AuditLog;
  content: Content;
  clock: () => Date;
}

const text = (t: string): Reply => [{ type: 'text', text: t }];

/** The ward as the admin typed it ("/moi Phường Yên Hòa" → "Phường Yên Hòa"); undefined for a slug. */
function typedLabel(text: string): string | undefined {
  const typed = text
    .trim()
    .replace(/^\/\S+\s+/, '')
    .trim();
  return /^[a-z0-9-]+$/.test(typed) ? undefined : typed.slice(0, 60);
}

/** The ward "/thongke <ward>" asks for: every ward, one by name or code, or `own` when none is named. */
function statsWard(arg: string | undefined, own: string | undefined, content: Content): string | undefined {
  if (!arg) return own;
  if (arg === 'tat ca' || arg === 'all') return ALL_WARDS;
  const ward = readWard(arg, content);
  return ward.kind === 'ward' ? ward.code : undefined;
}

/**
 * Team commands: invites ("/moi phuong-yen-hoa", admins), joining with a code, ward statistics
 * ("/thongke", "/thongke csv"), targets ("/muctieu hoat dong 60", admins). Learners typing these
 * get the normal reply for unknown text: team commands are invisible to them.
 */
export function teamFeature(deps: TeamFeatureDeps): Feature {
  const role = (l: Learner) => roleOf(l, deps.policy);
  return {
    name: 'team',
    decide(ctx) {
      const { learner, folded, today } = ctx;
      const invite = normaliseInviteCode(ctx.text);
      if (invite) {
        return {
          reply: [],
          after: async () => {
            const found = await redeemInvite(deps.store, invite);
            if (!found)
              return text('Mã mời này không đúng hoặc đã được dùng rồi ạ. Mình kiểm tra lại với quản trị viên nhé.');
            const now = deps.clock();
            await deps.learners.update(learner.id, now, (l) => ({
              ...l,
              team: {
                wardCode: found.wardCode,
                wardLabel: found.wardLabel,
                joinedAt: now.toISOString(),
                ...(ctx.inbound.displayName ? { firstName: ctx.inbound.displayName.split(' ').slice(-1)[0]! } : {}),
              },
            }));
            await deps.directory.add(found.wardCode, learner.id);
            await deps.audit.record({
              at: now.toISOString(),
              actor: learner.id,
              action: 'team.join',
              target: found.wardCode,
            });
            return text(
              `🤝 Chào mừng ${personalize('{xung_ho}', learner)} vào tổ công nghệ số cộng đồng ${found.wardLabel}!\n` +
                'Các lệnh dành cho tổ:\n• /thongke – xem thống kê của phường\n• /thongke csv – tải số liệu\n• ' +
                '/guitin – gửi thông báo cho người dân\n• /cauhoi – câu hỏi người dân đang chờ\n• /web – đường dẫn ' +
                'đăng nhập trang quản lý',
            );
          },
        };
      }
      const r = role(learner);
      if (r === 'learner') return undefined;

      // "Mời bà con…" is a sentence, not a command: invites and targets need the slash.
      const slashed = ctx.text.trimStart().startsWith('/');
      const moi = slashed ? folded.match(/^(?:moi|invite)\s+(.+)$/) : null;
      if (moi) {
        if (r !== 'admin') return { reply: text('Chỉ quản trị viên mới tạo được mã mời ạ.') };
        const ward = readWard(moi[1]!, deps.content);
        if (ward.kind !== 'ward') return { reply: text('Mình ghi tên phường/xã giúp nhé, ví dụ: /moi phuong-yen-hoa') };
        const code = ward.code;
        return {
          reply: [],
          after: async () => {
            const now = deps.clock();
            const created = await createInvite(deps.store, {
              wardCode: code,
              wardLabel: deps.content.wardName(code) ?? typedLabel(ctx.text) ?? wardLabelOf(code),
              createdBy: learner.id,
              createdAt: now.toISOString(),
            });
            await deps.audit.record({
              at: now.toISOString(),
              actor: learner.id,
              action: 'invite.create',
              target: code,
            });
            return text(
              `🎟️ Mã mời cho tổ ${created.wardLabel}: ${created.code}\nNgười được mời gửi mã này cho trợ lý (dùng ` +
                'một lần, hạn 7 ngày).',
            );
          },
        };
      }

      const tk = folded.match(/^(?:thongke|thong ke|stats)(?:\s+(csv))?(?:\s+(.+))?$/);
      if (tk) {
        const requested = statsWard(tk[2], r === 'admin' ? ALL_WARDS : learner.team?.wardCode, deps.content);
        if (!requested) return { reply: text('Mình ghi tên phường/xã giúp nhé, ví dụ: /thongke phuong-yen-hoa') };
        if (!mayActOnWard(learner, deps.policy, requested))
          return { reply: text('Xin lỗi, mình chỉ xem được thống kê của phường mình thôi ạ.') };
        return {
          reply: [],
          after: async () => {
            const [stats, targets] = await Promise.all([
              readWardStats(deps.store, requested, today),
              readTargets(deps.store),
            ]);
            const wardLabel =
              requested === learner.team?.wardCode ? learner.team.wardLabel : wardLabelOf(requested, deps.content);
            await deps.audit.record({
              at: deps.clock().toISOString(),
              actor: learner.id,
              action: tk[1] ? 'stats.export' : 'stats.view',
              target: requested,
            });
            if (tk[1]) {
              return [
                {
                  type: 'document',
                  filename: `thong-ke-${requested === ALL_WARDS ? 'tat-ca' : requested}-${stats.week}.csv`,
                  content: statsCsv(stats, targets, deps.content),
                  caption: `Số liệu ${wardLabel}`,
                },
              ];
            }
            return [
              ...text(statsReport(stats, targets, wardLabel, deps.content)),
              { type: 'image', data: targetsChart(targetLines(stats, targets)) },
            ];
          },
        };
      }

      const mt = slashed ? folded.match(/^(?:muctieu|muc tieu)\s+(.+?)\s+(\d{1,3})$/) : null;
      if (mt) {
        if (r !== 'admin') return { reply: text('Chỉ quản trị viên mới đặt mục tiêu được ạ.') };
        const name = TARGET_NAMES[mt[1]!];
        const share = Number(mt[2]) / 100;
        if (!name || share > 1)
          return {
            reply: text('Ví dụ: /muctieu hoat dong 60 (các chỉ tiêu: hoat dong, hoan thanh, dat, nhac, tra loi)'),
          };
        return {
          reply: [],
          after: async () => {
            await setTarget(deps.store, name, share);
            await deps.audit.record({
              at: deps.clock().toISOString(),
              actor: learner.id,
              action: 'targets.set',
              detail: { [name]: share },
            });
            return text(`Đã đặt mục tiêu "${mt[1]}" là ${Math.round(share * 100)}%.`);
          },
        };
      }
      return undefined;
    },
  };
}
