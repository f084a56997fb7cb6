/** Phones as people name them, by brand (folded text): the steps differ between the two. */
export const ANDROID_NAMES =
  /\b(android|samsung|galaxy|oppo|xiaomi|redmi|vivo|realme|nokia|vsmart|huawei|tecno|honor)\b/;
export const IPHONE_NAMES = /\b(iphone|ipad|ip|apple|ai phon|ai phone|ai fon)\b/;

interface Dimension {
  members: ReadonlyArray<readonly [string, RegExp]>;
  /**
   * A question naming a member is answered for sure only by an entry that names it too. Apps
   * and services: "quên mật khẩu Zalo" (or Wi-Fi) is not answered by a generic password
   * entry. Phones are not: the steps to install VNeID are the same answer whether the
   * question says "iPhone" or not.
   */
  mustBeNamed: boolean;
}

/**
 * Things a question can be about, in groups whose members exclude each other: steps for one
 * phone are wrong on the other, and VNeID's "quên mật khẩu" is not Zalo's. Folded text.
 */
const DIMENSIONS: readonly Dimension[] = [
  {
    members: [
      ['android', ANDROID_NAMES],
      ['iphone', IPHONE_NAMES],
    ],
    mustBeNamed: false,
  },
  {
    members: [
      ['vneid', /\b(vneid|vnied|vneit|vnid|dinh danh dien tu)\b/],
      ['zalo', /\b(zalo|za lo)\b/],
      ['dich vu cong', /\b(dich vu cong|dvc)\b/],
      ['chatbot', /\b(chatgpt|chat gpt|gemini)\b/],
      ['wifi', /\b(wifi|wi fi|wai fai)\b/],
      ['facebook', /\b(facebook|face book|phay buc)\b/],
      ['vssid', /\b(vssid|vss id|bao hiem xa hoi so)\b/],
    ],
    mustBeNamed: true,
  },
];

/** For each group, the members folded text names ("máy Samsung" → {android}). */
export function namedSubjects(folded: string): ReadonlyArray<ReadonlySet<string>> {
  return DIMENSIONS.map(
    ({ members }) => new Set(members.filter(([, pattern]) => pattern.test(folded)).map(([name]) => name)),
  );
}

/** The one member of each group a question names, if it names exactly one. */
const onlyNamed = (asked: ReadonlyArray<ReadonlySet<string>>) =>
  asked.map((names) => (names.size === 1 ? [...names][0] : undefined));

/** Whether a question names one member of a group and the entry only others of it (iPhone steps for a Samsung). */
export function subjectsConflict(
  asked: ReadonlyArray<ReadonlySet<string>>,
  entry: ReadonlyArray<ReadonlySet<string>>,
): boolean {
  return onlyNamed(asked).some((a, i) => a !== undefined && (entry[i]?.size ?? 0) > 0 && !entry[i]!.has(a));
}

/** Whether the question names an app the entry names nothing of (then it is no sure answer). */
export function subjectUnnamed(
  asked: ReadonlyArray<ReadonlySet<string>>,
  entry: ReadonlyArray<ReadonlySet<string>>,
): boolean {
  return onlyNamed(asked).some((a, i) => a !== undefined && DIMENSIONS[i]!.mustBeNamed && (entry[i]?.size ?? 0) === 0);
}

/** The apps and services folded text names ("zalo", "vneid"…), phones left out. */
export function namedServices(folded: string): string[] {
  return DIMENSIONS.filter((d) => d.mustBeNamed).flatMap(({ members }) =>
    members.filter(([, pattern]) => pattern.test(folded)).map(([name]) => name),
  );
}
