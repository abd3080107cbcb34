/**
 * News agencies whose copy outlets run under their own name, and photo sources that credit
 * pictures. One table so captions, credit lines and datelines name an agency the same way.
 */

/** A wire agency: the name we store and the spellings that credit it. */
interface Agency {
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * Wire services that syndicate text. NB: state agencies quoted as *sources* (SANA, IRNA) are left
 * out on purpose: "SANA reported" says where a claim came from, not who wrote the article.
 */
const WIRE_AGENCIES: readonly Agency[] = [
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters'] },
  { name: 'AP', aliases: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'dpa', aliases: ['dpa', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', aliases: ['EFE'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'Anadolu', aliases: ['Anadolu Agency', 'Anadolu'] },
  { name: 'UPI', aliases: ['UPI', 'United Press International'] },
  { name: 'Xinhua', aliases: ['Xinhua'] },
  { name: 'Kyodo', aliases: ['Kyodo'] },
  { name: 'Yonhap', aliases: ['Yonhap'] },
  { name: 'PTI', aliases: ['PTI', 'Press Trust of India'] },
  { name: 'ANI', aliases: ['ANI'] },
  { name: 'IANS', aliases: ['IANS'] },
  { name: 'Bernama', aliases: ['Bernama'] },
  { name: 'TASS', aliases: ['TASS'] },
  { name: 'Interfax', aliases: ['Interfax'] },
  { name: 'AAP', aliases: ['AAP', 'Australian Associated Press'] },
  { name: 'Bloomberg', aliases: ['Bloomberg'] }
];

/** Photo sources seen in captions besides the wire agencies (`[Getty]`, `[Anadolu]`). */
const PHOTO_SOURCES: readonly string[] = [
  'Getty',
  'Getty Images',
  'EPA',
  'EPA-EFE',
  'Shutterstock',
  'Alamy',
  'SANA',
  'AA',
  'Twitter',
  'Facebook',
  'Social media',
  'File photo',
  'Archive',
  'Handout',
  'Supplied',
  'Screengrab',
  'Pool'
];

const BY_ALIAS = new Map<string, string>();
for (const a of WIRE_AGENCIES) for (const alias of a.aliases) BY_ALIAS.set(alias.toLowerCase(), a.name);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular-expression source matching any agency spelling as written or in capitals
 * (`Reuters`, `REUTERS`), longest first. NB: case-sensitive on purpose, so `ap` and `afp` inside
 * ordinary words never match; wrap it in `\b…\b` and a group.
 */
export const AGENCY_PATTERN: string = [...new Set(WIRE_AGENCIES.flatMap((a) => a.aliases.flatMap((s) => [s, s.toUpperCase()])))]
  .sort((x, y) => y.length - x.length)
  .map(escape)
  .join('|');

/**
 * The stored name of a wire agency written any way (`REUTERS`, `Agence France-Presse`), or
 * `undefined` when the words are not an agency.
 *
 * @example agencyName('THE ASSOCIATED PRESS') // 'AP'
 */
export function agencyName(words: string): string | undefined {
  return BY_ALIAS.get(words.trim().replace(/\s+/g, ' ').toLowerCase());
}

/**
 * The name of a photo source (a wire agency or a picture library), or `undefined`. Unknown names
 * ending in `Images` or `Photo(s)` count too (`Middle East Images`).
 */
export function photoSourceName(words: string): string | undefined {
  const w = words.trim().replace(/\s+/g, ' ');
  if (w === '') return undefined;
  const wire = agencyName(w);
  if (wire !== undefined) return wire;
  const known = PHOTO_SOURCES.find((s) => s.toLowerCase() === w.toLowerCase());
  if (known !== undefined) return known;
  return /^(?:[\p{Lu}][\p{L}&.'-]*\s){1,3}(?:Images|Photos?)$/u.test(w) ? w : undefined;
}

/**
 * The photo sources in a credit like `AFP/Getty`, `Getty Images via AFP` or `Reuters, file photo`;
 * empty when any part is not a photo source (then it is not a credit).
 */
export function photoSourcesIn(credit: string): string[] {
  const parts = credit.split(/\s*(?:\/|,|;|\bvia\b|\band\b|-(?=\s))\s*/u).filter((p) => p !== '');
  const names = parts.map(photoSourceName);
  if (names.length === 0 || names.some((n) => n === undefined)) {
    const whole = photoSourceName(credit);
    return whole === undefined ? [] : [whole];
  }
  return [...new Set(names as string[])];
}
