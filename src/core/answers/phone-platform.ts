/** Phones as people name them, by brand (folded text): the steps differ between the two. */
export const ANDROID_NAMES = /\b(android|samsung|galaxy|oppo|xiaomi|redmi|vivo|realme|nokia|vsmart|huawei|tecno|honor)\b/;
export const IPHONE_NAMES = /\b(iphone|ipad|ip|apple|ai phon|ai phone|ai fon)\b/;

export type PhonePlatform = 'android' | 'iphone';

/** The one platform folded text names, if it names exactly one ("máy Samsung" → android). */
export function phonePlatformOf(folded: string): PhonePlatform | undefined {
  const android = ANDROID_NAMES.test(folded);
  const iphone = IPHONE_NAMES.test(folded);
  if (android === iphone) return undefined;
  return android ? 'android' : 'iphone';
}
