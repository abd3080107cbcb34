import { describe, expect, it } from 'vitest';
import { repairEntities } from './entities';

describe('repairEntities', () => {
  it('repairs well-formed named and numeric references', () => {
    expect(repairEntities('Rock &amp; roll')).toEqual({ text: 'Rock & roll', repairs: 1 });
    expect(repairEntities('&quot;failed&quot;')).toEqual({ text: '"failed"', repairs: 2 });
    expect(repairEntities('Syria&#8217;s south')).toEqual({ text: 'Syria’s south', repairs: 1 });
    expect(repairEntities('Syria&#x2019;s south')).toEqual({ text: 'Syria’s south', repairs: 1 });
    expect(repairEntities('Assad&#39;s forces')).toEqual({ text: "Assad's forces", repairs: 1 });
    expect(repairEntities('2011&ndash;2018')).toEqual({ text: '2011–2018', repairs: 1 });
  });

  it('repairs the space-mangled forms machine translation leaves', () => {
    expect(repairEntities('& nbsp; Final Answer & # 39;')).toEqual({ text: '\u00a0 Final Answer \'', repairs: 2 });
    expect(repairEntities('Rebels& #39; demands')).toEqual({ text: "Rebels' demands", repairs: 1 });
    expect(repairEntities('Rebels&# 39; demands')).toEqual({ text: "Rebels' demands", repairs: 1 });
    expect(repairEntities('Tom & amp; Jerry')).toEqual({ text: 'Tom & Jerry', repairs: 1 });
  });

  it('repairs a double-encoded reference in one step, counted once', () => {
    expect(repairEntities('Deraa&amp;#8217;s countryside')).toEqual({ text: 'Deraa’s countryside', repairs: 1 });
    expect(repairEntities('&amp;amp;')).toEqual({ text: '&', repairs: 1 });
  });

  it('reads accented letters and Windows-1252 numbers as browsers do', () => {
    expect(repairEntities('Le Monde&#146;s caf&eacute;')).toEqual({ text: 'Le Monde’s café', repairs: 2 });
    expect(repairEntities('&Uuml;ber &ccedil;a')).toEqual({ text: 'Über ça', repairs: 2 });
  });

  it('leaves prose ampersands and unknown names alone', () => {
    expect(repairEntities('Q&A with AT&T')).toEqual({ text: 'Q&A with AT&T', repairs: 0 });
    expect(repairEntities('Tom & Jerry; then more')).toEqual({ text: 'Tom & Jerry; then more', repairs: 0 });
    expect(repairEntities('&bogus; &#0; &#xD800;')).toEqual({ text: '&bogus; &#0; &#xD800;', repairs: 0 });
  });
});
