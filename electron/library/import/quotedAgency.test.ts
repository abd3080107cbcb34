import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { channelCaller } from '../testing/channelCaller';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { importPaths } from './importPaths';

/**
 * Review 15, #2: "Wire: Reuters" on a BBC report whose only mention of Reuters is a quote. An
 * agency named in a running sentence is a source the outlet cites; a wire credit is written where
 * outlets write credits (a dateline, a closing sign-off, a credit line), and only that is stored,
 * shown in the reader and compared.
 */

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const BODY =
  'State-owned Rosneft bought the Yugansk unit for $9.3bn in a sale forced by Russia to part settle a $27.5bn tax claim against Yukos.';

describe('wire credits through import', () => {
  it('stores the agencies an article credits, not those it quotes', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const folder = makeTempFolder({
      // As bbc/business/003.txt has it: the BBC's own report, one quote from Reuters.
      'quoted.txt': `Yukos unit buyer faces loan claim\n\n${BODY}\n\nMenatep Group's managing director Tim Osborne told the Reuters news agency: "If they default, we will try to get the money."\n`,
      'cited.txt': `Rebels reject Russian terms\n\nRussian airstrikes are targeting southwest Syria after talks failed with the rebels, Reuters is reporting.\n\n"The session ended," a spokesman told AFP, according to Agence France-Presse.\n`,
      'dateline.txt': `Rosneft faces loan claim\n\nMOSCOW (Reuters) - ${BODY}\n`,
      'signoff.txt': `Rosneft faces claim over Yugansk\n\n${BODY}\n\nThe claim was filed in London, a lawyer said. – AFP\n`
    });
    cleanups.push(() => void import('node:fs').then((fs) => fs.rmSync(folder, { recursive: true, force: true })));
    await importPaths(lib.db, [folder]);
    const api = channelCaller(createHandlers(lib, { mode: 'cli' }));
    const listed = (await api.call('articles:list', { sort: 'title', direction: 'asc', offset: 0, limit: 10 })).items;
    const credits: Record<string, string[]> = {};
    for (const item of listed) {
      const article = await api.call('articles:get', { id: item.id });
      credits[article.sourcePath!.replace(/^.*[\\/]/, '')] = article.wireCredits;
    }
    expect(credits).toEqual({ 'quoted.txt': [], 'cited.txt': [], 'dateline.txt': ['Reuters'], 'signoff.txt': ['AFP'] });

    // The comparison reads the same stored credits: no "Reuters" in its credits found.
    const comparison = await api.call('compare:articles', { articleIds: listed.map((a) => a.id) });
    const byId = new Map(listed.map((a) => [String(a.id), a.title]));
    expect(Object.fromEntries(comparison.articles.map((a) => [byId.get(a.id), a.credits]))).toMatchObject({
      'Yukos unit buyer faces loan claim': [],
      'Rebels reject Russian terms': []
    });
  });
});
