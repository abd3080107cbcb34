/**
 * The encoding an HTML file declares for itself in its first 1,024 bytes (`<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`), following the WHATWG prescan closely
 * enough for real pages: comments are skipped, the first usable declaration wins.
 */
import { lazyRequire } from './lazyRequire';

const iconvLite = lazyRequire<typeof import('iconv-lite')>('iconv-lite');

/**
 * NB: the WHATWG prescan stops at 1,024 bytes, but saved pages often carry kilobytes of inline CSS
 * or scripts before their `<meta charset>`; browsers find it anyway (they re-parse), so look further.
 */
const PRESCAN_BYTES = 16 * 1024;

/** The canonical name of a label (`iso8859-2` → `iso-8859-2`, `latin1` → `windows-1252`), or undefined if unknown. */
function canonicalEncoding(label: string): string | undefined {
  // NB: iconv-lite ignores punctuation in names ("iso8859-2\"" would pass); the file's label must be clean.
  if (!/^[a-z0-9._:-]+$/i.test(label)) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return iconvLite().encodingExists(label) ? label : undefined;
  }
}

/** The charset named in a Content-Type value (`text/html; charset="koi8-r"`), per the WHATWG algorithm. */
export function charsetFromContentType(content: string): string | undefined {
  // A quote that is never closed makes the value invalid, as in the spec.
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  if (!m) return undefined;
  const value = (m[1] ?? m[2] ?? m[3] ?? '').trim();
  return value || undefined;
}

function attributesOf(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const name = m[1]!.toLowerCase();
    const raw = m[2] ?? '';
    const value = raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
    if (!attrs.has(name)) attrs.set(name, value);
  }
  return attrs;
}

/**
 * The charset label an HTML document declares, or undefined. UTF-16 declarations become UTF-8 and
 * `x-user-defined` windows-1252, as in browsers (a page that is really UTF-16 has a BOM or zero bytes).
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  // latin1 maps each byte to one char, so offsets stay byte offsets and nothing can fail to decode.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  // Quoted attribute values may contain `>`; a tag cut off by the end of the prescan does not count.
  // NB: tags are bounded to 2,048 units so a page of unclosed `<a "` cannot make this quadratic.
  const re =
    /<!--[\s\S]*?(?:-->|$)|<meta[\s/]((?:[^>"']|"[^"]{0,2048}"|'[^']{0,2048}'){0,2048})>|<[!/?]?[a-z](?:[^>"']|"[^"]{0,2048}"|'[^']{0,2048}'){0,2048}(?:>|$)/gi;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    if (m[1] === undefined) continue;
    const attrs = attributesOf(m[1]);
    let label = attrs.get('charset');
    if (label === undefined && attrs.get('http-equiv')?.toLowerCase() === 'content-type') {
      label = charsetFromContentType(attrs.get('content') ?? '');
    }
    label = label?.trim().toLowerCase();
    if (!label) continue;
    if (label.startsWith('utf-16') || label === 'unicode' || label === 'ucs-2') return 'utf-8';
    if (label === 'x-user-defined') return 'windows-1252';
    const canonical = canonicalEncoding(label);
    if (canonical) return canonical;
  }
  return undefined;
}
