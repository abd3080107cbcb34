import { describe, expect, it } from 'vitest';
import { matchDateline } from './dateline';

describe('matchDateline', () => {
  it('reads the dateline forms of wire copy', () => {
    expect(matchDateline('BEIRUT : The Syrian regime resumed strikes.')).toEqual({ place: 'BEIRUT' });
    expect(matchDateline('BEIRUT: The Syrian regime resumed strikes.')).toEqual({ place: 'BEIRUT' });
    expect(matchDateline('BEIRUT (Reuters) - Russian jets struck Daraa.')).toEqual({ place: 'BEIRUT', agency: 'Reuters' });
    expect(matchDateline('DAMASCUS, July 4 (AFP) - Rebels said talks failed.')).toEqual({ place: 'DAMASCUS', agency: 'AFP' });
    expect(matchDateline('AMMAN, Jordan (AP) — Jordan kept its border shut.')).toEqual({ place: 'AMMAN', agency: 'AP' });
    expect(matchDateline('TEL AVIV — Israel said it would not open the frontier.')).toEqual({ place: 'TEL AVIV' });
  });

  it('reads the date of a dateline that gives its year, and only then', () => {
    expect(matchDateline('GENEVA, July 4, 2018 — Talks resumed.')).toEqual({ place: 'GENEVA', date: '2018-07-04' });
    expect(matchDateline('BEIRUT, 4 July 2018 (Reuters) - Russian jets struck.')).toEqual({ place: 'BEIRUT', agency: 'Reuters', date: '2018-07-04' });
    expect(matchDateline('AMMAN, Jordan, Jul. 4 2018 (AP) — Jordan kept its border shut.')).toEqual({ place: 'AMMAN', agency: 'AP', date: '2018-07-04' });
    expect(matchDateline('DAMASCUS, July 4 (AFP) - Rebels said talks failed.')).toEqual({ place: 'DAMASCUS', agency: 'AFP' });
    expect(matchDateline('DAMASCUS, June 31, 2018 - Rebels said talks failed.')).toEqual({ place: 'DAMASCUS' });
  });

  it('refuses labels and ordinary sentences', () => {
    expect(matchDateline('SOURCE: NEWS AGENCIES')).toBeUndefined();
    expect(matchDateline('TOPSHOT - Syrian children pose in a shell hole.')).toBeUndefined();
    expect(matchDateline('WATCH: The devastation of Deraa')).toBeUndefined();
    expect(matchDateline('Beirut: the regime resumed strikes.')).toBeUndefined();
    expect(matchDateline('US-backed forces held their ground.')).toBeUndefined();
    expect(matchDateline('The Syrian regime resumed strikes - rebels said.')).toBeUndefined();
  });
});
