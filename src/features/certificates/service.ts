import type { Content } from '../../core/content/content.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { OutboundPart } from '../../core/message.ts';
import { localDay } from '../../core/time/local-day.ts';
import { certificateCode, imageToken } from './code.ts';
import { type AwardedLesson, type CertificateRecord, certificateState } from './record.ts';
import { certificateSvg, type CertificateTemplates, svgToPng } from './render.ts';
import type { CertificateRepo } from './repo.ts';

/** An award the learner has earned: the course certificate or one lesson's badge. */
export type Award = { kind: 'course' } | { kind: 'badge'; lessonId: string };

/** Issues, renders and verifies certificates and badges. */
export interface CertificateService {
  /** The award's code: pure, from the learner's completion times, so chat decisions can compute it. */
  codeOf(learner: Learner, award: Award): string;
  /** Stores the award (once) from the saved learner and returns it as a picture with its caption. */
  send(learner: Learner, award: Award, code: string): Promise<OutboundPart[]>;
  verify(code: string): Promise<CertificateRecord | undefined>;
  /** The PNG behind an image URL, or undefined for an unknown token. */
  image(token: string): Promise<Uint8Array | undefined>;
  list(wardCode: string, limit: number): Promise<CertificateRecord[]>;
  verifyUrl(code?: string): string;
}

export interface CertificateServiceDeps {
  repo: CertificateRepo;
  content: Content;
  templates: CertificateTemplates;
  secret: string;
  timezone: string;
  /** Where `/verify` is shown to people (the public base URL). */
  verifyBase: string;
  /** Set when the server is reachable from outside: pictures then also get a URL (Zalo OA, Zalo Bot). */
  publicUrl?: string;
  clock: () => Date;
}

const CACHE_SIZE = 16;

function completions(learner: Learner, award: Award, content: Content): Array<{ id: string; at: string }> {
  const ids = award.kind === 'badge' ? [award.lessonId] : content.lessons.map((l) => l.id);
  return ids.map((id) => ({ id, at: learner.lessons[id]?.completedAt ?? '' }));
}

export function createCertificateService(deps: CertificateServiceDeps): CertificateService {
  const cache = new Map<string, Uint8Array>();
  const png = async (record: CertificateRecord): Promise<Uint8Array> => {
    const hit = cache.get(record.code);
    if (hit) return hit;
    const bytes = await svgToPng(certificateSvg(record, deps.templates, deps.verifyBase + '/verify'));
    cache.set(record.code, bytes);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return bytes;
  };
  const verifyUrl = (code?: string) => `${deps.verifyBase}/verify${code ? `/${code}` : ''}`;

  const build = (learner: Learner, award: Award, code: string): CertificateRecord => {
    const done = completions(learner, award, deps.content);
    const lessons: AwardedLesson[] = done.map(({ id }) => {
      const lesson = deps.content.lesson(id);
      const rec = learner.lessons[id];
      const score = (award.kind === 'badge' ? rec?.lastScore : rec?.bestScore) ?? rec?.lastScore ?? 0;
      return { id, title: lesson?.title ?? id, score, total: rec?.total ?? lesson?.quiz.length ?? 0 };
    });
    const last =
      done
        .map((d) => d.at)
        .sort()
        .at(-1) || deps.clock().toISOString();
    const name = certificateState(learner).name;
    const ward = learner.wardCode ? (deps.content.wardName(learner.wardCode) ?? learner.ward) : learner.ward;
    return {
      code,
      imageToken: imageToken(deps.secret, code),
      kind: award.kind,
      ...(name ? { name } : {}),
      ...(ward ? { ward } : {}),
      ...(learner.wardCode ? { wardCode: learner.wardCode } : {}),
      day: localDay(new Date(last), learner.timezone ?? deps.timezone),
      issuedAt: deps.clock().toISOString(),
      lessons,
    };
  };

  const caption = (learner: Learner, record: CertificateRecord): string => {
    const check = `Mã xác minh: ${record.code}. Ai cũng kiểm tra được tại ${verifyUrl(record.code)}`;
    if (record.kind === 'course')
      return personalize(
        `🎓 Chúc mừng {xung_ho}! Đây là giấy chứng nhận {xung_ho} đã học xong cả ${record.lessons.length} ` +
          `bài.\n${check}`,
        learner,
      );
    const l = record.lessons[0];
    return `🏅 Huy hiệu bài "${l?.title ?? ''}" (đúng ${l?.score ?? 0}/${l?.total ?? 0} câu).\n${check}`;
  };

  return {
    codeOf(learner, award) {
      const parts = completions(learner, award, deps.content).map((c) => `${c.id}@${c.at}`);
      return certificateCode(deps.secret, [learner.id, award.kind, ...parts]);
    },
    async send(learner, award, code) {
      const record = await deps.repo.save(build(learner, award, code));
      const url = deps.publicUrl ? `${deps.publicUrl}/c/${record.imageToken}.png` : undefined;
      return [{ type: 'image', data: await png(record), ...(url ? { url } : {}), caption: caption(learner, record) }];
    },
    verify: (code) => deps.repo.byCode(code),
    async image(token) {
      const record = await deps.repo.byImageToken(token);
      return record ? await png(record) : undefined;
    },
    list: (wardCode, limit) => deps.repo.list(wardCode, limit),
    verifyUrl,
  };
}
