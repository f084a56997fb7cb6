/** Whether a text carries any Vietnamese diacritic (tone marks, â ă ê ô ơ ư, đ). */
const hasDiacritics = (text: string) => /[\u0300-\u036f]|đ/i.test(text.normalize('NFD'));

/**
 * The learner's ward as a citizen may read it back in a reply, or undefined when echoing it would
 * look wrong. Listed wards are stored by their proper name and come back unchanged; a ward typed
 * all without diacritics ("phuong tan dinh") is not a name to print, so the caller says "phường,
 * xã nơi bác ở" instead; one typed in lower case ("phường tân định") gets capital initials.
 */
export function wardForPeople(ward: string | undefined): string | undefined {
  const name = ward?.trim().normalize('NFC');
  if (!name || !hasDiacritics(name)) return undefined;
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
