import { describe, expect, it } from 'vitest';
import { workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();

describe('crosscheck show: the original text', () => {
  it('sends the original only when clean-up changed the text, and --original prints the text either way', async () => {
    const ws = workspace();
    const clean = 'Convoy reaches Nawa\n\nAn aid convoy reached Nawa on Thursday, the Red Crescent said.';
    ws.write('in/clean.txt', clean);
    ws.write('in/ads.txt', 'Jets strike Busra\n\n[ad_1]\nJets struck Busra al-Sham on Thursday, witnesses said.\nAdvertisement');
    expect((await ws.run('import', `${ws.dir}/in`)).code).toBe(0);
    const { items } = JSON.parse((await ws.run('list', '--json')).stdout) as { items: Array<{ id: number; title: string }> };
    const idOf = (title: string) => items.find((a) => a.title === title)!.id;

    // A file clean-up left as it was: its text is sent once, as the body (articles:get).
    const same = JSON.parse((await ws.run('show', String(idOf('Convoy reaches Nawa')), '--json')).stdout);
    expect([same.body, same.original]).toEqual([clean, null]);
    expect((await ws.run('show', String(idOf('Convoy reaches Nawa')), '--original')).stdout).toContain(`\n${clean}\n`);

    const edited = JSON.parse((await ws.run('show', String(idOf('Jets strike Busra')), '--json')).stdout);
    expect(edited.body).toBe('Jets strike Busra\n\nJets struck Busra al-Sham on Thursday, witnesses said.');
    expect(edited.original).toBe(
      'Jets strike Busra\n\n[ad_1]\nJets struck Busra al-Sham on Thursday, witnesses said.\nAdvertisement'
    );
    expect((await ws.run('show', String(idOf('Jets strike Busra')), '--original')).stdout).toContain('[ad_1]');
  });
});
