import { describe, expect, it } from 'vitest';
import { workspacesPerTest } from './crosscheck';

/** `crosscheck annotate` through the built binary, as a user runs it (docs/cli.md). */
const workspace = workspacesPerTest();

const S1 = 'Rebels in Daraa said on Wednesday that talks with Russia had collapsed.';
const S2 = 'Russian jets struck the town of Busra al-Sham hours later, witnesses said.';
const S3 = 'The United Nations called for calm in the south.';

describe('crosscheck annotate', () => {
  it('adds, lists and removes highlights and notes, and shows each one’s anchoring state after the article changes', async () => {
    const ws = workspace();
    const file = ws.write('daraa.txt', `Talks fail in Daraa\n\n${S1}\n${S2}\n${S3}`);
    expect((await ws.run('import', file)).code).toBe(0);

    const added = await ws.run(
      'annotate',
      'add',
      '1',
      '--quote',
      'called for calm',
      '--note',
      'UN line',
      '--tag',
      'UN',
      '--tag',
      'calm',
      '--colour',
      '6',
      '--json'
    );
    expect(added.code).toBe(0);
    const highlight = JSON.parse(added.stdout);
    expect(highlight).toMatchObject({
      kind: 'highlight',
      articleId: 1,
      colour: 6,
      note: 'UN line',
      tags: ['calm', 'UN'],
      state: 'placed'
    });

    const second = JSON.parse((await ws.run('annotate', 'add', '1', '--quote', 'said', '--occurrence', '2', '--json')).stdout);
    const body: string = JSON.parse((await ws.run('show', '1', '--json')).stdout).body;
    expect(second.current.start).toBe(body.indexOf('said', body.indexOf('said') + 1));
    expect(second.current.start).toBeGreaterThan(body.indexOf('jets'));
    const note = JSON.parse((await ws.run('annotate', 'add', '1', '--note', 'Whole piece is wire copy', '--json')).stdout);
    expect(note).toMatchObject({ kind: 'article-note', note: 'Whole piece is wire copy' });

    const text = await ws.run('annotate', 'list');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      new RegExp(`^ +${highlight.id} {2}highlight {2}\\[6 Context\\] placed {2}article 1 "Talks fail in Daraa"`, 'm')
    );
    expect(text.stdout).toContain('“called for calm”');
    expect(text.stdout).toContain('> UN line');
    expect(text.stdout).toContain('tags: calm, UN');
    expect(text.stderr).toBe('3 of 3 annotations\n');

    const byTag = JSON.parse((await ws.run('annotate', 'list', '--tag', 'un', '--json')).stdout);
    expect(byTag.items.map((a: { id: number }) => a.id)).toEqual([highlight.id]);
    const byKind = JSON.parse((await ws.run('annotate', 'list', '--kind', 'article-note', '--json')).stdout);
    expect(byKind.items.map((a: { id: number }) => a.id)).toEqual([note.id]);

    // The UN sentence is cut from the file and it is imported again: the highlight is an orphan, its note kept.
    ws.write('daraa.txt', `Talks fail in Daraa\n\n${S1}\n${S2}`);
    expect((await ws.run('import', file)).code).toBe(0);
    const orphans = await ws.run('annotate', 'list', '--state', 'orphan');
    expect(orphans.stdout).toMatch(
      new RegExp(`^ +${highlight.id} {2}highlight {2}\\[6 Context\\] orphan \\((not-found|below-threshold)\\)`, 'm')
    );
    expect(orphans.stdout).toContain('> UN line');

    const removed = await ws.run('annotate', 'rm', String(highlight.id), '--json');
    expect(JSON.parse(removed.stdout).deleted).toMatchObject({ id: highlight.id, note: 'UN line' });
    expect(JSON.parse((await ws.run('annotate', 'list', '--json')).stdout).total).toBe(2);
  });

  it('search tag:x lists the articles whose highlights or notes carry the tag, and says when none has it', async () => {
    const ws = workspace();
    const daraaFile = ws.write('daraa.txt', `Talks fail in Daraa\n\n${S1}\n${S3}`);
    const busraFile = ws.write('busra.txt', `Jets strike Busra\n\n${S2}\n${S3}`);
    expect((await ws.run('import', daraaFile, busraFile)).code).toBe(0);
    const ids = JSON.parse((await ws.run('list', '--json')).stdout).items as Array<{ id: number; title: string }>;
    const daraa = ids.find((a) => a.title === 'Talks fail in Daraa')!.id;
    const busra = ids.find((a) => a.title === 'Jets strike Busra')!.id;
    expect(
      (await ws.run('annotate', 'add', String(daraa), '--quote', 'talks with Russia', '--tag', 'Needs check', '--tag', 'south'))
        .code
    ).toBe(0);
    expect((await ws.run('annotate', 'add', String(busra), '--note', 'Which jets?', '--tag', 'south')).code).toBe(0);

    const heads = (stdout: string) => stdout.split('\n').filter((l) => /^ +\d+ {2}/.test(l));
    const tagged = await ws.run('search', 'tag:"needs CHECK"');
    expect(tagged.code).toBe(0);
    expect(heads(tagged.stdout)).toEqual([`${String(daraa).padStart(6)}  Talks fail in Daraa`]);
    expect(tagged.stderr).toBe('1 of 1 matching article\n');
    // With words, and leaving a tag out.
    const calm = await ws.run('search', 'calm -tag:"needs check"');
    expect(heads(calm.stdout)).toEqual([`${String(busra).padStart(6)}  Jets strike Busra`]);

    const none = await ws.run('search', 'calm tag:nowhere');
    expect([none.code, none.stdout]).toEqual([0, '']);
    expect(none.stderr).toBe(
      'note: No highlight or note is tagged “nowhere”: tag: takes a whole tag as you gave it, in any case, like tag:"needs check".\n' +
        'No article matches “calm tag:nowhere”.\n'
    );
  });

  it('prints control characters from notes and articles as escapes, and refuses mistakes in one readable line', async () => {
    const ws = workspace();
    await ws.run(
      'import',
      ws.write('evil.txt', `Evil \u001b]0;pwned\u0007 title\n\nText with \u001b[2J a clear-screen and \u202Eoverride inside it.`)
    );
    const added = await ws.run(
      'annotate',
      'add',
      '1',
      '--quote',
      'a clear-screen',
      '--note',
      'beep\u0007 <img src=x onerror=alert(1)>'
    );
    expect(added.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- the test is that none reach the terminal
    expect(added.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(added.stdout).toContain('beep\\u{7} <img src=x onerror=alert(1)>');
    const listed = await ws.run('annotate', 'list', '--json');
    expect(JSON.parse(listed.stdout).items[0].note).toBe('beep\u0007 <img src=x onerror=alert(1)>');

    const missing = await ws.run('annotate', 'add', '1', '--quote', 'not in it');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'crosscheck annotate: Article 1 does not contain "not in it" (the text must match exactly, including case).\n'
    );
    const badColour = await ws.run('annotate', 'add', '1', '--quote', 'Text', '--colour', '9');
    expect(badColour.code).toBe(3);
    expect(badColour.stderr).toMatch(/^crosscheck annotate: --colour must be 1 to 6, not 9/);
    const noSuch = await ws.run('annotate', 'rm', '77');
    expect([noSuch.code, noSuch.stderr]).toEqual([
      4,
      'crosscheck annotate: Annotation 77 does not exist (it may have been deleted).\n'
    ]);
  });

  it('search "in:notes …" lists the notes it found, with a count, as annotate list prints them (review 14 #2)', async () => {
    const ws = workspace();
    const file = ws.write(
      'dollar.txt',
      'Dollar gains on Greenspan speech\n\nThe dollar has hit its highest level against the euro in almost three months.'
    );
    expect((await ws.run('import', file)).code).toBe(0);
    const note = 'Greenspan said the dollar would fall — verify with Fed transcript';
    const made = JSON.parse((await ws.run('annotate', 'add', '1', '--quote', 'highest level', '--note', note, '--json')).stdout);

    const found = await ws.run('search', 'in:notes transcript');
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(new RegExp(`^ +${made.id} {2}highlight .*article 1 "Dollar gains on Greenspan speech"`, 'm'));
    expect(found.stdout).toContain('“highest level”');
    expect(found.stdout).toContain(`> ${note}`);
    expect(found.stderr).toContain('1 matching note\n');
    expect(found.stderr).not.toContain('No article matches');
    // The same block as annotate list prints for it.
    const listed = await ws.run('annotate', 'list', '--text', 'transcript');
    expect(found.stdout).toBe(listed.stdout);

    const none = await ws.run('search', 'in:notes transcript -Greenspan');
    expect([none.code, none.stdout]).toEqual([0, '']);
    expect(none.stderr).toContain('No note matches “in:notes transcript -Greenspan”.');

    const queries = ws.write('queries.txt', 'in:notes transcript\nin:notes nothing-here\n');
    const batch = await ws.run('search', '--queries', queries);
    expect(batch.code).toBe(0);
    expect(batch.stdout).toContain('line 1: in:notes transcript — 1 matching note\n');
    expect(batch.stdout).toContain(`  > ${note}`);
    expect(batch.stdout).toContain('line 2: in:notes nothing-here — no note matches');
  });
});

describe('crosscheck annotate: a value the contract refuses', () => {
  it('says an empty --quote in a sentence with the usage, never the schema’s words (review 16, finding 8)', async () => {
    const ws = workspace();
    expect((await ws.run('import', ws.write('daraa.txt', `Talks fail in Daraa\n\n${S1}`))).code).toBe(0);
    const empty = await ws.run('annotate', 'add', '1', '--quote', '');
    expect(empty.code).toBe(3);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toMatch(/^crosscheck annotate: --quote is empty: give it a value\. Usage: crosscheck annotate /);
    expect(empty.stderr).not.toMatch(/Invalid request|Too small|expected string|annotations:create/);
    // A tag the schema refuses keeps the schema's own sentence, naming the option.
    const tag = await ws.run('annotate', 'add', '1', '--quote', 'Daraa', '--tag', 'two\nlines');
    expect(tag.code).toBe(3);
    expect(tag.stderr).toMatch(/^crosscheck annotate: --tag: a tag is one line\. Usage: /);
    expect((await ws.run('annotate', 'list', '--json')).stdout).toContain('"total":0');
  });
});
