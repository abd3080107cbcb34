import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput } from '@shared/contract/channels';
import { changeOfWrite } from '@shared/contract/writeChanges';
import { diffLibraryDigests, readLibraryDigest } from '../changeDigest';
import { createHandlers } from '../handlers';
import { channelCaller } from '../testing/channelCaller';
import { SEEDS_DIR } from '../testing/tempLibrary';
import { makeTestLibrary } from '../testing/testLibrary';

describe('story edits tell the other tabs that story notes moved (review 14, finding 5)', () => {
  it('merge, split and move: what browser mode tells the other tabs covers what the library digest sees change', async () => {
    const lib = makeTestLibrary();
    const { call } = channelCaller(createHandlers(lib, { mode: 'cli' }));
    await call('import:paths', { paths: [SEEDS_DIR] });
    await call('stories:split', { articleIds: [1, 2] });
    const storyOf = async (articleId: number) =>
      (await call('stories:list', {})).stories.find((s) => s.articleIds.includes(articleId))!.id;
    const noteStory = () => lib.db.prepare("SELECT story_id FROM annotations WHERE kind = 'story-note'").pluck().all();

    /** Runs a write and answers the areas the digest saw change that the other tabs would not be told of. */
    const untold = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
      const before = readLibraryDigest(lib.db);
      await call(channel, input);
      const seen = diffLibraryDigests(lib.db, before, readLibraryDigest(lib.db, before)).areas;
      const told = changeOfWrite(channel, input)?.areas;
      return told === undefined ? [] : seen.filter((area) => !told.includes(area));
    };

    const first = await storyOf(1);
    const other = await storyOf(3);
    await call('annotations:create', { kind: 'story-note', storyId: first, note: 'on the story of article 1', tags: [] });
    expect(await untold('stories:merge', { targetId: other, sourceIds: [first] })).toEqual([]);
    // The note did move: the story it was on is gone.
    expect(noteStory()).toEqual([other]);

    await call('annotations:create', { kind: 'story-note', storyId: other, note: 'second', tags: [] });
    expect(await untold('stories:split', { articleIds: [1, 2, 3] })).toEqual([]);
    const away = (await call('stories:list', {})).stories.find((s) => !s.articleIds.includes(1))!.id;
    expect(await untold('stories:move', { articleIds: [1, 2], storyId: away })).toEqual([]);
  });
});
