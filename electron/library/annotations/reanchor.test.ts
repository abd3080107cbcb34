import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput, Channel } from '@shared/contract/channels';
import { dispatch } from '@shared/contract/dispatch';
import { importPaths } from '../import/importPaths';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { annotationHandlers } from './annotationHandlers';
import { reanchoredArticles } from './rows';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const TITLE = 'Talks fail in Daraa';
const S1 = 'Rebels in Daraa said on Wednesday that talks with Russia had collapsed.';
const S2 = 'Russian jets struck the town of Busra al-Sham hours later, witnesses said.';
const S3 = 'The United Nations called for calm in the south.';
const NEW = 'Residents fled towards the Jordanian border overnight.';

function story(...sentences: string[]): string {
  return `${TITLE}\n\n${sentences.join('\n')}`;
}

/** One article (id 1) imported from a file that the test rewrites and imports again. */
async function setup() {
  const lib = makeTempLibrary();
  const dir = makeTempFolder({ 'daraa.txt': story(S1, S2, S3), 'other.txt': 'Other\n\nJets struck Busra al-Sham on Thursday.' });
  cleanups.push(
    () => lib.dispose(),
    () => fs.rmSync(dir, { recursive: true, force: true })
  );
  await importPaths(lib.db, [dir]);
  const handlers = annotationHandlers(lib.db);
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  };
  const body = () => lib.db.prepare('SELECT body FROM articles WHERE id = 1').pluck().get() as string;
  const reimport = async (...sentences: string[]) => {
    fs.writeFileSync(path.join(dir, 'daraa.txt'), story(...sentences));
    return importPaths(lib.db, [dir]);
  };
  return { lib, call, body, reimport };
}

describe('re-anchoring when an article changes', () => {
  it('moves a highlight with its words, orphans one whose sentence is gone (keeping quote and note), and re-attaches it', async () => {
    const { lib, call, body, reimport } = await setup();
    const jets = await call('annotations:create', {
      kind: 'highlight',
      articleId: 1,
      quote: 'Busra al-Sham hours later',
      note: 'Check time'
    });
    const calm = await call('annotations:create', {
      kind: 'highlight',
      articleId: 1,
      quote: 'called for calm',
      colour: 6,
      note: 'UN statement?'
    });
    const untouched = await call('annotations:create', { kind: 'highlight', articleId: 2, quote: 'Jets struck' });

    // A sentence added before them, the UN sentence removed: the same file imported again.
    const report = await reimport(NEW, S1, S2);
    expect(report.problems.map((p) => [p.code, p.articleId])).toContainEqual(['updated', 1]);
    // The report says a highlight lost its words (review 10: it said only "updated in place").
    expect(report.problems.find((p) => p.code === 'updated')!.message).toContain(
      '1 of your highlights lost its words in the new text: kept with its notes, listed as “Not found in the text” in the notes panel'
    );
    expect(reanchoredArticles(lib.db, report)).toEqual([1]);

    const moved = await call('annotations:get', { id: jets.id });
    expect(moved.state).toBe('moved');
    expect(moved.current!.start).toBeGreaterThan(jets.current!.start);
    expect(body().slice(moved.current!.start, moved.current!.end)).toBe('Busra al-Sham hours later');
    expect(moved.note).toBe('Check time');

    const orphan = await call('annotations:get', { id: calm.id });
    expect(orphan).toMatchObject({ state: 'orphan', current: null, note: 'UN statement?', colour: 6 });
    expect(orphan.anchor?.quote.exact).toBe('called for calm');
    expect(orphan.orphanReason).toMatch(/not-found|below-threshold/);
    expect((await call('annotations:list', { filter: { states: ['orphan'] } })).items.map((a) => a.id)).toEqual([calm.id]);

    // The other article did not change: its highlight is where it was.
    expect(await call('annotations:get', { id: untouched.id })).toEqual(untouched);

    // Re-attach the orphan to the new sentence.
    const start = body().indexOf('Jordanian border');
    const reattached = await call('annotations:update', {
      id: calm.id,
      changes: { range: { start, end: start + 'Jordanian border'.length } }
    });
    expect(reattached).toMatchObject({
      state: 'placed',
      orphanReason: null,
      current: { start, end: start + 16 },
      note: 'UN statement?'
    });
    expect(reattached.anchor?.quote.exact).toBe('Jordanian border');

    // The UN sentence back: the orphan (now re-attached) stays where the user put it; nothing is lost on a second change.
    await reimport(NEW, S1, S2, S3);
    expect((await call('annotations:get', { id: calm.id })).anchor?.quote.exact).toBe('Jordanian border');
    const jetsAgain = await call('annotations:get', { id: jets.id });
    expect(body().slice(jetsAgain.current!.start, jetsAgain.current!.end)).toBe('Busra al-Sham hours later');
  });

  it('finds a highlight whose wording was edited as changed, keeping the words it was made on until given a new extent', async () => {
    const { call, body, reimport } = await setup();
    const made = await call('annotations:create', {
      kind: 'highlight',
      articleId: 1,
      quote: 'Russian jets struck the town of Busra al-Sham'
    });
    const edited = S2.replace('jets', 'warplanes');
    await reimport(S1, edited, S3);
    const changed = await call('annotations:get', { id: made.id });
    expect(changed.state).toBe('changed');
    expect(changed.originalExact).toBe('Russian jets struck the town of Busra al-Sham');
    expect(body().slice(changed.current!.start, changed.current!.end)).toBe(changed.anchor!.quote.exact);
    expect(changed.anchor!.quote.exact).toContain('warplanes struck the town of Busra al-Sham');

    // Another edit elsewhere: still changed, still remembering the first wording.
    await reimport(NEW, S1, edited, S3);
    const still = await call('annotations:get', { id: made.id });
    expect([still.state, still.originalExact]).toEqual(['changed', 'Russian jets struck the town of Busra al-Sham']);

    // The user accepts the new wording by giving it its extent: placed, the old wording forgotten.
    const start = body().indexOf('Russian warplanes');
    const accepted = await call('annotations:update', {
      id: made.id,
      changes: { range: { start, end: start + 'Russian warplanes struck'.length } }
    });
    expect([accepted.state, accepted.originalExact]).toEqual(['placed', null]);
  });

  it('says in the import report that a highlight now reads differently, once, and not when its words stay as they were', async () => {
    const { call, reimport } = await setup();
    await call('annotations:create', { kind: 'highlight', articleId: 1, quote: 'Russian jets struck the town of Busra al-Sham' });
    const edited = S2.replace('jets', 'warplanes');
    const report = await reimport(S1, edited, S3);
    const updated = report.problems.find((p) => p.code === 'updated')!;
    expect(updated.message).toMatch(/1 highlight now reads differently: “[^”]*warplanes struck the town of Busra al-Sham[^”]*” \(made on “Russian jets struck the town of Busra al-Sham”\)/);
    expect(updated.message).not.toContain('lost');

    // Another edit elsewhere: the highlight reads as it did after the last import, so nothing new to say.
    const again = await reimport(NEW, S1, edited, S3);
    expect(again.problems.find((p) => p.code === 'updated')!.message).not.toContain('reads differently');
  });

  it('brings an orphan back when its words return in a later version', async () => {
    const { call, body, reimport } = await setup();
    const calm = await call('annotations:create', { kind: 'highlight', articleId: 1, quote: 'called for calm in the south' });
    await reimport(S1, S2);
    expect((await call('annotations:get', { id: calm.id })).state).toBe('orphan');
    // Still an orphan after another change: not lost again, so the report says nothing of it.
    const again = await reimport(NEW, S1, S2);
    expect(again.problems.find((p) => p.code === 'updated')!.message).not.toContain('lost');
    await reimport(NEW, S1, S2, S3);
    const back = await call('annotations:get', { id: calm.id });
    expect(back.state).not.toBe('orphan');
    expect(body().slice(back.current!.start, back.current!.end)).toBe('called for calm in the south');
  });

  it('re-anchors the spans of a passage note in the article that changed', async () => {
    const { call, body, reimport } = await setup();
    const a = body().indexOf('struck the town of Busra al-Sham');
    const otherBody = 'Jets struck Busra al-Sham on Thursday.';
    const note = await call('annotations:create', {
      kind: 'passage-note',
      spans: [
        { articleId: 1, start: a, end: a + 'struck the town of Busra al-Sham'.length },
        { articleId: 2, start: otherBody.indexOf('struck'), end: otherBody.indexOf(' on Thursday') }
      ],
      note: 'Shared wire sentence'
    });
    await reimport(NEW, S1, S2);
    const after = await call('annotations:get', { id: note.id });
    expect(after.passageKey).toBe(note.passageKey);
    const span = after.passage!.find((s) => s.articleId === 1)!;
    expect(span.state).toBe('moved');
    expect(body().slice(span.current!.start, span.current!.end)).toBe('struck the town of Busra al-Sham');
    expect(after.passage!.find((s) => s.articleId === 2)).toEqual(note.passage!.find((s) => s.articleId === 2));
    expect((await call('annotations:list', { filter: { articleId: 2 } })).items.map((x) => x.id)).toEqual([note.id]);

    await reimport(NEW, S1);
    expect(await call('annotations:get', { id: note.id })).toMatchObject({ state: 'orphan', note: 'Shared wire sentence' });
  });
});
