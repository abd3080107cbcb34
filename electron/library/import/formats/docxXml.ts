import { lazyRequire } from './lazyRequire';

// NB: the XML parser mammoth itself uses (its dependency, at the version mammoth resolves), so a
// part judged here reads exactly as mammoth would read it.
const xmldom = lazyRequire<typeof import('@xmldom/xmldom')>('@xmldom/xmldom');

/** Stops a parse at its first complaint. */
class XmlComplaint extends Error {}

/**
 * The first complaint (warning or error) xmldom has about an XML part of a Word package, in the
 * words mammoth's failure carries, or `undefined` when it has none. mammoth fails a package on any complaint about a part it reads,
 * but only once the whole part is parsed, and xmldom's recovery from some damage is quadratic: a
 * 1.5 KB .docx whose main part held a few thousand nodes after a broken start tag took minutes of
 * synchronous work that no time limit could stop (found by `npm run fuzz`, docs/reliability.md).
 * Stopping at the first complaint gives the same answer (damaged) at once.
 */
export function firstXmlComplaint(xml: string): string | undefined {
  let first: string | undefined;
  const parser = new (xmldom().DOMParser)({
    errorHandler: (_level: string, message: string) => {
      // NB: xmldom catches some throws and reports them again as errors: the first one is kept.
      first ??= message.split('\n')[0]!.replace(/\[xmldom \w+\]\s*/, '');
      throw new XmlComplaint(first);
    }
  });
  try {
    parser.parseFromString(xml, 'text/xml');
    return first;
  } catch (error) {
    return first ?? (error instanceof Error ? error.message : String(error));
  }
}
