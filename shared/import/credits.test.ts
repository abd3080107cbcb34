import { describe, expect, it } from 'vitest';
import { creditsIn, isCreditLine, photoCreditsIn } from './credits';

describe('creditsIn', () => {
  it('reads credit lines', () => {
    // A credit names an agency: "news agencies", "wires" name none (seed 002's WIRE chip said "news agencies").
    expect(creditsIn('SOURCE: NEWS AGENCIES')).toEqual([]);
    expect(creditsIn('SOURCE: AL JAZEERA AND NEWS AGENCIES')).toEqual([]);
    expect(creditsIn('Sources: agencies')).toEqual([]);
    expect(creditsIn('Source: wires')).toEqual([]);
    expect(creditsIn('SOURCE: AL JAZEERA AND AFP')).toEqual(['AFP']);
    expect(creditsIn('Sources: news agencies, Reuters')).toEqual(['Reuters']);
    expect(creditsIn('Source: AFP, Reuters')).toEqual(['AFP', 'Reuters']);
    expect(creditsIn('With reporting from AFP')).toEqual(['AFP']);
    expect(creditsIn('Additional reporting by Reuters.')).toEqual(['Reuters']);
    expect(creditsIn('Reporting by Suleiman Al-Khalidi; Editing by Jane Doe')).toEqual([]);
    expect(creditsIn('© AFP 2018')).toEqual(['AFP']);
    expect(creditsIn('– AFP')).toEqual(['AFP']);
  });

  it('reads credits where a paragraph opens or closes with one', () => {
    expect(creditsIn('They asked for protection, opposition leader Ali Salhadi said. – AFP')).toEqual(['AFP']);
    expect(creditsIn('They asked for protection, the opposition said. (AFP)')).toEqual(['AFP']);
    expect(creditsIn('DAMASCUS (AFP) - Rebels said talks failed.')).toEqual(['AFP']);
    expect(creditsIn('DAMASCUS, July 4 (Reuters) — Rebels said talks failed.')).toEqual(['Reuters']);
    expect(creditsIn('(Reuters) - Rebels said talks failed.')).toEqual(['Reuters']);
  });

  it('does not take a source quoted in a running sentence for a credit (review 15, #2)', () => {
    // bbc/business/003.txt: the BBC's own report, quoting one line from Reuters.
    expect(creditsIn('Menatep Group\'s managing director Tim Osborne told the Reuters news agency: "If they default, we will try to get the money."')).toEqual([]);
    expect(creditsIn('Russian airstrikes are targeting southwest Syria, Reuters is reporting.')).toEqual([]);
    expect(creditsIn('“The session ended,” Jabbawi told AFP.')).toEqual([]);
    expect(creditsIn('Talks failed, according to The Associated Press.')).toEqual([]);
    expect(creditsIn('Riots broke out in the south, Agence France Presse (AFP) reported. Police fired tear gas.')).toEqual([]);
  });

  it('ignores agencies merely named, and words that contain their letters', () => {
    expect(creditsIn('An AFP photographer was injured in Deraa.')).toEqual([]);
    expect(creditsIn('The rebels tapped AP phones, the capital said.')).toEqual([]);
    expect(creditsIn('State news agency SANA reported strikes on Tafas.')).toEqual([]);
    expect(creditsIn('Source of the dispute: a Russian list of demands.')).toEqual([]);
  });
});

describe('isCreditLine', () => {
  it('tells credit lines from reporting', () => {
    expect(isCreditLine('SOURCE: NEWS AGENCIES')).toBe(true);
    expect(isCreditLine('With reporting from AFP')).toBe(true);
    expect(isCreditLine('By AFP')).toBe(true);
    expect(isCreditLine('“The session ended,” Jabbawi told AFP.')).toBe(false);
  });
});

describe('photoCreditsIn', () => {
  it('reads the credit of a caption', () => {
    expect(photoCreditsIn('The Russian delegation warned rebels [Getty]')).toEqual(['Getty']);
    expect(photoCreditsIn('Thousands have been displaced [Reuters]')).toEqual(['Reuters']);
    expect(photoCreditsIn('Fighters near Deraa [AFP/Getty]')).toEqual(['AFP', 'Getty']);
    expect(photoCreditsIn('TOPSHOT - Syrian children pose in Deraa. / AFP / Youssef KARWASHAN')).toEqual(['AFP']);
    expect(photoCreditsIn('Smoke rises over Deraa (AP Photo/Hassan Ammar)')).toEqual(['AP']);
    expect(photoCreditsIn('Rebels in Busra al-Sham (Photo: Anadolu Agency)')).toEqual(['Anadolu']);
  });

  it('ignores brackets that are not credits', () => {
    expect(photoCreditsIn('military operations [would] resume')).toEqual([]);
  });
});
