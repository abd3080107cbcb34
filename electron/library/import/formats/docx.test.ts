import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxEntries, makeDocx } from '../fixtures/makeDocx';
import { makeZip } from '../fixtures/makeZip';
import { expectFailure, expectOk, extract } from './testing';

describe('.docx files', () => {
  it('reads paragraphs separated by blank lines and core properties', async () => {
    const docx = makeDocx({
      paragraphs: ['Talks resume in Geneva', 'GENEVA — Delegations returned on Wednesday.', 'Observers were cautious.'],
      core: { title: 'Talks resume', creator: 'Jane Roe', created: '2018-07-04T09:30:00Z' }
    });
    const result = expectOk(await extract('story.docx', docx));
    expect(result.format).toBe('docx');
    expect(result.articles).toEqual([
      {
        text: 'Talks resume in Geneva\n\nGENEVA — Delegations returned on Wednesday.\n\nObservers were cautious.',
        meta: {},
        fileMeta: { title: 'Talks resume', byline: 'Jane Roe', publishedAt: '2018-07-04T09:30:00Z' }
      }
    ]);
  });

  it('does not resolve external entities (XXE)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cc-xxe-'));
    const secret = path.join(dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-CONTENT');
    const docx = makeDocx({
      doctype: `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${secret}">]>`,
      rawBody: '<w:p><w:r><w:t>Before &xxe; after</w:t></w:r></w:p>'
    });
    const result = expectFailure(await extract('xxe.docx', docx));
    expect(result).toEqual({
      ok: false,
      code: 'corrupt',
      message:
        'This Word document is damaged and cannot be read; open it in Word (which can often repair it), save it again and import that.',
      detail: 'entity not found:&xxe;'
    });
  });

  it('does not expand recursive entities (billion laughs)', async () => {
    const entities = ['<!ENTITY l0 "lol">'];
    for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
    const docx = makeDocx({
      doctype: `<!DOCTYPE w:document [${entities.join('')}]>`,
      rawBody: '<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>'
    });
    const started = Date.now();
    const result = expectFailure(await extract('laughs.docx', docx, { limits: { timeoutMs: 5000 } }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe('corrupt');
  });

  it('never reads external images or linked files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cc-ext-'));
    const image = path.join(dir, 'leak.png');
    writeFileSync(image, 'LEAKED-FILE-CONTENT');
    const docx = makeDocx({
      paragraphs: ['Text with a linked picture.'],
      documentRels: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://${image}" TargetMode="External"/></Relationships>`,
      rawBody:
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
    });
    const result = expectOk(await extract('linked.docx', docx));
    expect(result.articles[0]?.text).toBe('Text with a linked picture.');
    expect(JSON.stringify(result)).not.toContain('LEAKED-FILE-CONTENT');
  });

  it('fails a truncated package as corrupt', async () => {
    const docx = makeDocx({ paragraphs: ['Some text'] });
    const result = expectFailure(await extract('cut.docx', docx.subarray(0, Math.floor(docx.length * 0.6))));
    expect(result.code).toBe('corrupt');
    expect(result.message).toMatch(/^This Word document is damaged/);
  });

  it('fails fuzzed bytes in the document part as corrupt, without throwing', async () => {
    const entries = docxEntries({ paragraphs: ['Some text'] }).map((e) =>
      e.name === 'word/document.xml'
        ? { ...e, data: '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Some' + '\u0000\uFFFF<<<&&&' }
        : e
    );
    const result = expectFailure(await extract('fuzzed.docx', makeZip(entries)));
    expect(result.code).toBe('corrupt');
  });

  it('recognises a password-protected document (OLE container) and an old .doc', async () => {
    const cfb = (extra: string): Uint8Array => {
      const bytes = new Uint8Array(1024);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(Buffer.from(extra, 'utf16le'), 512);
      return bytes;
    };
    expect(expectFailure(await extract('locked.docx', cfb('EncryptedPackage'))).code).toBe('encrypted');
    expect(expectFailure(await extract('old.docx', cfb('WordDocument'))).code).toBe('unsupported');
    expect(expectFailure(await extract('old.doc', cfb('WordDocument'))).message).toMatch(/\.doc/);
  });

  it('fails a zip that is not a Word document as corrupt', async () => {
    const result = expectFailure(await extract('notword.docx', makeZip([{ name: 'hello.txt', data: 'hello' }])));
    expect(result).toEqual({
      ok: false,
      code: 'corrupt',
      message:
        'This is not a Word document (.docx): the package has no document part. Open it in the program that made it and save it as .docx again.'
    });
  });

  it('fails a document without text as empty', async () => {
    expect(expectFailure(await extract('blank.docx', makeDocx({ paragraphs: [] }))).code).toBe('empty');
  });
});
