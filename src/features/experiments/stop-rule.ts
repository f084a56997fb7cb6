import { cumulativeStdNormalProbability, probit } from 'simple-statistics';

/** Learners each arm needs (started the lesson) before the test may be read. */
export const MIN_PER_ARM = 100;
/** Significance level of the two-proportion z-test on completion. */
export const ALPHA = 0.05;

/** A share with its 95% Wilson interval; undefined figures when nothing was counted. */
export interface Share {
  count: number;
  n: number;
  rate?: number;
  low?: number;
  high?: number;
}

/** The z of a two-sided level: 1.96 for 95%. */
const zFor = (level: number) => probit(1 - (1 - level) / 2);

/**
 * The Wilson score interval, which stays inside 0–100% and behaves with few learners or rates
 * near 0 and 1 (where the plain normal interval does not).
 */
export function wilson(count: number, n: number, level = 0.95): Share {
  if (n <= 0) return { count, n };
  const z = zFor(level);
  const p = count / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return { count, n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** A pooled two-proportion z-test of `b` against `a`: z > 0 when b's rate is higher. */
export function twoProportionZ(a: Pick<Share, 'count' | 'n'>, b: Pick<Share, 'count' | 'n'>) {
  const pooled = (a.count + b.count) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const z = se === 0 ? 0 : (b.count / b.n - a.count / a.n) / se;
  return { z, p: 2 * (1 - cumulativeStdNormalProbability(Math.abs(z))) };
}

/** One arm as the stop rule reads it: its letter (A is the first, the control) and completion. */
export interface ArmResult {
  letter: string;
  started: number;
  completed: number;
}

export type Verdict =
  | { kind: 'waiting'; text: string; detail: string }
  | { kind: 'same'; text: string; detail: string }
  | { kind: 'better'; winner: string; text: string; detail: string };

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`.replace('.', ',');

/**
 * The stop rule: every arm needs {@link MIN_PER_ARM} learners; then each arm's completion is
 * compared with A's by a two-proportion z-test at α = 0.05 (split evenly over the comparisons
 * when there are more than two arms). A wins when it beats every other arm.
 */
export function verdict(arms: readonly ArmResult[]): Verdict {
  const short = arms.filter((a) => a.started < MIN_PER_ARM);
  if (short.length > 0 || arms.length < 2)
    return {
      kind: 'waiting',
      text: 'Chưa đủ dữ liệu',
      detail: `Mỗi phương án cần ít nhất ${MIN_PER_ARM} người bắt đầu học; ${short
        .map((a) => `${a.letter} mới có ${a.started}`)
        .join(', ')}.`,
    };
  const [control, ...others] = arms as [ArmResult, ...ArmResult[]];
  const alpha = ALPHA / others.length;
  const critical = probit(1 - alpha / 2);
  const tests = others.map((arm) => ({ arm, ...twoProportionZ(toShare(control), toShare(arm)) }));
  const better = tests.filter((t) => t.z >= critical).sort((x, y) => y.z - x.z)[0];
  const rate = (a: ArmResult) => pct(a.completed / a.started);
  if (better)
    return {
      kind: 'better',
      winner: better.arm.letter,
      text: `${better.arm.letter} tốt hơn`,
      detail: `Hoàn thành ${rate(better.arm)} so với ${rate(control)} của A (z = ${better.z.toFixed(2)}, p = ${better.p.toFixed(3)}).`,
    };
  if (tests.every((t) => t.z <= -critical))
    return {
      kind: 'better',
      winner: control.letter,
      text: `${control.letter} tốt hơn`,
      detail: tests
        .map((t) => `A ${rate(control)} so với ${t.arm.letter} ${rate(t.arm)} (z = ${t.z.toFixed(2)})`)
        .join('; '),
    };
  return {
    kind: 'same',
    text: 'Chưa khác biệt',
    detail: tests
      .map(
        (t) => `${t.arm.letter} ${rate(t.arm)} so với A ${rate(control)}: z = ${t.z.toFixed(2)}, p = ${t.p.toFixed(3)}`,
      )
      .join('; '),
  };
}

const toShare = (a: ArmResult) => ({ count: a.completed, n: a.started });
