import { describe, expect, it } from 'vitest';
import { conflicts, specificsOf, specificsTable } from './storiesSpecifics';

// Written for this test after ECB+ topic 20's two Qeshm earthquakes and topic 35's two arrests.
const QUAKE_2008 =
  'A 5.6 magnitude earthquake hit Qeshm island on Sunday, injuring five people. Governor Mehdi Irannejad said walls collapsed. Mehdi Irannejad told ISNA that tents were ready.';
const QUAKE_2005 =
  'An earthquake measuring 5. 9 shook Qeshm on Sunday, November 27, killing at least 10 people. Governor Heidar Alishvandi sent rescue teams. Heidar Alishvandi said the toll may rise.';
const QUAKE_2005_LATER = 'The death toll rose to 10 on Monday, November 28, after ten people were killed in villages of Qeshm.';
const JACKSON =
  'Chargers receiver Vincent Jackson was arrested on Sunday on suspicion of drunk driving. Vincent Jackson was released on bail.';
const WILLIAMS =
  'Chargers lineman Jamal Williams was arrested on Thursday. Jamal Williams is the second player held this year, after Vincent Jackson.';

describe('specificsOf', () => {
  it('reads magnitudes, tolls in words and digits, dates and the central name', () => {
    const s = specificsOf(QUAKE_2005);
    expect([...s.kinds.magnitude]).toEqual(['5.9']);
    expect([...s.kinds.toll]).toEqual(['10']);
    expect([...s.kinds.date]).toEqual(['10-27']);
    expect([...s.kinds.weekday]).toEqual(['Sunday']);
    expect([...s.kinds.central]).toEqual(['heidar alishvandi']);
    expect([...specificsOf(QUAKE_2005_LATER).kinds.toll]).toEqual(['10']);
  });
});

describe('conflicts', () => {
  it('parts the two earthquakes by magnitude and central name, not by weekday', () => {
    const [a, b] = [specificsOf(QUAKE_2008), specificsOf(QUAKE_2005)];
    expect(conflicts(a, b, 'magnitude')).toBe(true);
    expect(conflicts(a, b, 'central')).toBe(true);
    expect(conflicts(a, b, 'weekday')).toBe(false);
    // The 2008 report writes no toll (five injured): nothing to conflict on.
    expect(conflicts(a, b, 'toll')).toBeNull();
  });

  it('takes one toll written two ways as agreeing, and another day as a conflict', () => {
    const [a, b] = [specificsOf(QUAKE_2005), specificsOf(QUAKE_2005_LATER)];
    expect(conflicts(a, b, 'toll')).toBe(false);
    expect(conflicts(a, b, 'date')).toBe(true);
  });

  it('finds no conflict of central names when one report recalls the other event', () => {
    expect(conflicts(specificsOf(JACKSON), specificsOf(WILLIAMS), 'central')).toBe(false);
  });
});

describe('specificsTable', () => {
  it('counts same-event and different-event pairs of one topic apart', () => {
    const docs = [
      { file: 'a', topic: 20, cluster: '20_ecb', text: QUAKE_2008 },
      { file: 'b', topic: 20, cluster: '20_ecbplus', text: QUAKE_2005 },
      { file: 'c', topic: 20, cluster: '20_ecbplus', text: QUAKE_2005_LATER },
      { file: 'd', topic: 35, cluster: '35_ecb', text: JACKSON }
    ];
    const table = specificsTable(docs, [20]);
    expect(table).toContain('1 same-event pairs, 2 different-event pairs, 2 of them');
    // Magnitude: the 2005 pair shares none to read (one writes none); both different-event pairs that write one conflict.
    expect(table).toContain('| magnitude | 2 | 0 / 0 (0 %) | 1 / 1 (100 %) | 1 / 1 (100 %) |');
    expect(table).toContain('| death toll | 2 | 1 / 0 (0 %) | 0 / 0 (0 %) | 0 / 0 (0 %) |');
  });
});
