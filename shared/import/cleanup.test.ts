import { describe, expect, it } from 'vitest';
import { cleanArticle } from './cleanup';

/** The removals of a text as `[reason, text]` pairs, the way a reader would list them. */
function removedOf(text: string): Array<[string, string]> {
  return cleanArticle(text).removed.map((r) => [r.reason, r.text]);
}

/** A paragraph of reporting to put boilerplate between. */
const LEAD = 'Rebels met a Russian delegation on Wednesday afternoon.';
const NEXT = 'The talks collapsed after 90 minutes, a spokesman said.';

describe('cleanArticle: shape of the result', () => {
  it('separates paragraphs by one blank line and normalises spaces', () => {
    const r = cleanArticle('  Talks fail\u00a0\n\n\n\nRebels\u00a0 met  on\tWednesday.\u00a0\r\nThey left.\n');
    expect(r.clean).toBe('Talks fail\n\nRebels met on Wednesday.\n\nThey left.');
    expect(r.removed).toEqual([]);
  });

  it('drops zero-width characters and soft hyphens', () => {
    expect(cleanArticle('Re\u00adcon\u00adquered\u200b towns\ufeff.').clean).toBe('Reconquered towns.');
  });

  it('keeps zero-width joiners, which change how Persian and emoji render', () => {
    expect(cleanArticle('می\u200cخواهم').clean).toBe('می\u200cخواهم');
  });

  it('gives offsets into the original text, without the line break or edge spaces', () => {
    const text = `${LEAD}\r\n  2 min read\u00a0\r\n${NEXT}`;
    const [removal] = cleanArticle(text).removed;
    expect(removal).toEqual({ start: 59, end: 69, reason: 'reading-time', text: '2 min read' });
    expect(text.slice(59, 69)).toBe('2 min read');
  });

  it('counts entity repairs in the kept text', () => {
    const r = cleanArticle('Rebels&#8217; &quot;final answer&quot;\n\nSyria&amp;Russia');
    expect(r.clean).toBe('Rebels’ "final answer"\n\nSyria&Russia');
    expect(r.repairs).toBe(4);
  });
});

describe('cleanArticle: social prompts', () => {
  it('removes follow, share and subscribe prompts', () => {
    const text = [LEAD, 'Follow us on Twitter: @The_NewArab', 'Share this:', 'Share on Facebook', 'Click here to subscribe to our newsletter', 'Like us on Facebook', 'Subscribe to our daily newsletter', 'Tweet', NEXT].join('\n');
    expect(removedOf(text)).toEqual([
      ['social', 'Follow us on Twitter: @The_NewArab'],
      ['social', 'Share this:'],
      ['social', 'Share on Facebook'],
      ['social', 'Click here to subscribe to our newsletter'],
      ['social', 'Like us on Facebook'],
      ['social', 'Subscribe to our daily newsletter'],
      ['social', 'Tweet']
    ]);
    expect(cleanArticle(text).clean).toBe(`${LEAD}\n\n${NEXT}`);
  });

  it('keeps reporting that mentions Twitter or sharing', () => {
    const text = [
      '"No negotiations under threat," it later added on Twitter.',
      'Follow-up talks were set for Friday, the command said on Twitter.',
      'Share prices in Amman fell on Wednesday.',
      'The command said in a tweet that rebels would follow Russia on no terms.'
    ].join('\n\n');
    expect(removedOf(text)).toEqual([]);
  });
});

describe('cleanArticle: related links', () => {
  it('removes a Read more heading with the headlines under it, and no further', () => {
    const text = [LEAD, '', 'Read more', '', 'Netanyahu to meet Putin next week', 'WATCH: The devastation of Deraa', '', NEXT].join('\n');
    expect(removedOf(text)).toEqual([
      ['related', 'Read more'],
      ['related', 'Netanyahu to meet Putin next week'],
      ['related', 'WATCH: The devastation of Deraa']
    ]);
    expect(cleanArticle(text).clean).toBe(`${LEAD}\n\n${NEXT}`);
  });

  it('removes one-line links and Related Articles / Also read headings', () => {
    const text = [LEAD, 'READ MORE: Jordan closes its border', 'Also read: Rebels agree to talks', NEXT, 'Related Articles'].join('\n');
    expect(removedOf(text)).toEqual([
      ['related', 'READ MORE: Jordan closes its border'],
      ['related', 'Also read: Rebels agree to talks'],
      ['related', 'Related Articles']
    ]);
  });

  it('keeps "read more" inside a sentence', () => {
    const text = `${LEAD}\n\nAnalysts who read more into the statement said Moscow would not move.\n\nRead more of the statement below, the command told supporters.`;
    expect(removedOf(text)).toEqual([]);
  });

  it('removes a teaser headline left after the last paragraph, before the credits', () => {
    const body = Array.from({ length: 4 }, (_, i) => `Paragraph ${i + 1} of the reporting runs long enough, at well over twenty words, to read as a sentence of a real news story here.`);
    const text = ['Rebels say talks failed', ...body, 'Russia’s poisoned chalice in southern Syria', 'With reporting from AFP', 'Back to top button'].join('\n\n');
    expect(removedOf(text)).toEqual([
      ['related', 'Russia’s poisoned chalice in southern Syria'],
      ['navigation', 'Back to top button']
    ]);
  });

  it('keeps a crosshead that has reporting under it, and a last line with nothing after it', () => {
    const body = 'A long paragraph of reporting, well over twenty words, that ends properly with a full stop, as news copy nearly always does.';
    const withCrosshead = ['Rebels say talks failed', body, body, body, 'Israel and Jordan refuse refugee entry', body].join('\n\n');
    expect(removedOf(withCrosshead)).toEqual([]);
    const lastLine = ['Rebels say talks failed', body, body, body, 'The talks will resume on Friday'].join('\n\n');
    expect(removedOf(lastLine)).toEqual([]);
  });
});

describe('cleanArticle: ads', () => {
  it('removes ad slots and ad labels', () => {
    const text = ['[ad_1]', LEAD, 'Advertisement', 'ADVERTISEMENT - SCROLL TO CONTINUE', 'Story continues below advertisement', NEXT, '[ad_2]'].join('\n');
    expect(removedOf(text)).toEqual([
      ['ad', '[ad_1]'],
      ['ad', 'Advertisement'],
      ['ad', 'ADVERTISEMENT - SCROLL TO CONTINUE'],
      ['ad', 'Story continues below advertisement'],
      ['ad', '[ad_2]']
    ]);
  });

  it('removes a stray lower-case ad label between two sentences', () => {
    expect(removedOf(`${LEAD}\n\nqatar airways\n\n${NEXT}`)).toEqual([['ad', 'qatar airways']]);
  });

  it('keeps lower-case words that continue a sentence, and sentences about advertising', () => {
    expect(removedOf(`The rebels said the talks had\nfailed again\nThey left.`)).toEqual([]);
    expect(removedOf(`${LEAD}\n\nAdvertisement revenue fell sharply in Beirut.`)).toEqual([]);
  });
});

describe('cleanArticle: comment form', () => {
  it('removes LEAVE A REPLY and the form lines after it', () => {
    const text = [LEAD, 'LEAVE A REPLY', 'Please enter your comment!', 'Please enter your name here', 'You have entered an incorrect email address!', 'Please enter your email address here', 'Save my name, email, and website in this browser for the next time I comment.'].join('\n');
    expect(removedOf(text).map(([reason]) => reason)).toEqual(['comments', 'comments', 'comments', 'comments', 'comments', 'comments']);
    expect(cleanArticle(text).clean).toBe(LEAD);
  });

  it('keeps reporting about replies', () => {
    expect(removedOf('Moscow did not leave a reply to the rebel proposal, the source said.')).toEqual([]);
  });
});

describe('cleanArticle: navigation, reading time, translation notices', () => {
  it('removes site chrome', () => {
    const text = [LEAD, 'Back to top button', 'Source link', 'Tags: Syria, Russia, Daraa', 'Skip to content'].join('\n');
    expect(removedOf(text)).toEqual([
      ['navigation', 'Back to top button'],
      ['navigation', 'Source link'],
      ['navigation', 'Tags: Syria, Russia, Daraa'],
      ['navigation', 'Skip to content']
    ]);
  });

  it('removes a section label above the headline, not a short headline', () => {
    expect(removedOf('Middle EastWar\n\nSouth Syria rebels say negotiations with Russia have failed\n\nRebels met.')).toEqual([['navigation', 'Middle EastWar']]);
    expect(removedOf('News\nSouth Syria rebels say negotiations with Russia have failed\nRebels met.')).toEqual([['navigation', 'News']]);
    expect(removedOf('Syria talks fail\n\nMore than 30 towns have already agreed to return to regime control\n\nRebels met.')).toEqual([]);
  });

  it('removes reading-time lines', () => {
    expect(removedOf(`2 min read\n${LEAD}\nReading time: 4 minutes\n5 mins read`)).toEqual([
      ['reading-time', '2 min read'],
      ['reading-time', 'Reading time: 4 minutes'],
      ['reading-time', '5 mins read']
    ]);
    expect(removedOf('Talks lasted 90 minutes.\n\n2 minutes later, the strikes resumed.')).toEqual([]);
  });

  it('removes machine-translation notices', () => {
    expect(removedOf(`Powered by automated translation\n${LEAD}\nThis article was machine translated.`)).toEqual([
      ['translation-notice', 'Powered by automated translation'],
      ['translation-notice', 'This article was machine translated.']
    ]);
    expect(removedOf('The UN relied on automated translation of the rebel statement.')).toEqual([]);
  });
});

describe('cleanArticle: captions', () => {
  it('removes captions with a bracketed credit, TOPSHOT captions and photographer credits', () => {
    const text = [
      'The Russian delegation warned rebels strikes would resume [Getty]',
      'Thousands have been displaced in southern Syria [Reuters]',
      'Fighters near Deraa [AFP/Getty]',
      'TOPSHOT - Syrian children pose in a shell hole in Deraa, on July 4, 2018.',
      'A displaced family near the Jordanian border. / AFP / Youssef KARWASHAN',
      'Photo: Rebel fighters in Busra al-Sham',
      'Smoke rises over Deraa (AP Photo/Hassan Ammar)',
      LEAD
    ].join('\n');
    expect(removedOf(text).map(([reason]) => reason)).toEqual(['caption', 'caption', 'caption', 'caption', 'caption', 'caption', 'caption']);
    expect(cleanArticle(text).clean).toBe(LEAD);
  });

  it('keeps a paragraph signed off with a bracketed credit, and brackets in quotes', () => {
    const text = 'Rebels said talks failed, a spokesman told reporters. [AFP]\n\nThe source said "military operations [would] resume".';
    expect(removedOf(text)).toEqual([]);
  });
});

describe('cleanArticle: duplicate titles', () => {
  it('removes a headline repeated right after itself, across a blank line', () => {
    expect(removedOf('Talks fail in Deraa\n\nTalks fail in Deraa\nRebels met.')).toEqual([['duplicate-title', 'Talks fail in Deraa']]);
  });

  it('keeps a repeated headline that is not adjacent, and repeated sentences', () => {
    expect(removedOf('Talks fail\nRebels met.\nTalks fail')).toEqual([]);
    expect(removedOf('They left.\nThey left.')).toEqual([]);
  });
});

describe('cleanArticle: markup residue', () => {
  it('cuts auto-blog markers, stray brackets and note numbers out of a paragraph', () => {
    const text = 'He said in a statement. 19659002] "No negotiations", he added.\nMoscow rejected the terms.] He told negotiators no.\nEven this journey carries risks. [11]';
    const r = cleanArticle(text);
    expect(r.removed).toEqual([
      { start: 24, end: 33, reason: 'markup-residue', text: '19659002]' },
      { start: 89, end: 90, reason: 'markup-residue', text: ']' },
      { start: 148, end: 152, reason: 'markup-residue', text: '[11]' }
    ]);
    expect(r.clean).toBe('He said in a statement. "No negotiations", he added.\n\nMoscow rejected the terms. He told negotiators no.\n\nEven this journey carries risks.');
  });

  it('cuts shortcodes and inline ad slots, keeping the text between', () => {
    const r = cleanArticle('[caption id="attachment_12" align="alignleft"]Rebels in Deraa.[/caption] [ad_1]They left.');
    expect(r.removed.map((x) => x.text)).toEqual(['[caption id="attachment_12" align="alignleft"]', '[/caption]', '[ad_1]']);
    expect(r.clean).toBe('Rebels in Deraa. They left.');
  });

  it('keeps brackets that belong to the text', () => {
    expect(removedOf('Resolution 2254 [2015] was cited.\n\nThe source said "[they] would resume".')).toEqual([]);
  });

  it('cuts the full stop a paragraph break put at the start of the next line (seed 004)', () => {
    const text = 'Rebels met the Russian delegation in the South\n. About 90 minutes later, talks failed.\n, and they left.';
    const r = cleanArticle(text);
    expect(r.removed).toEqual([
      { start: 47, end: 49, reason: 'markup-residue', text: '. ' },
      { start: 87, end: 89, reason: 'markup-residue', text: ', ' }
    ]);
    expect(r.clean).toBe('Rebels met the Russian delegation in the South\n\nAbout 90 minutes later, talks failed.\n\nand they left.');
    // An ellipsis opening a line is the writer's.
    expect(removedOf(`${LEAD}\n... and then the talks resumed.`)).toEqual([]);
  });

  it('sets aside a line of entities and a scrap of words, never a short line that only holds an entity', () => {
    // Seed 004: a machine translation's remains of the crosshead "Rebels' 'final answer'?".
    expect(removedOf(`${LEAD}\n& nbsp; Final Answer & # 39;\n${NEXT}`)).toEqual([['markup-residue', '& nbsp; Final Answer & # 39;']]);
    const kept = cleanArticle(`${LEAD}\nAT & T\nQ & amp; A\nRebels& # 39; & # 39;final answer& # 39;?\n'Final answer'\n${NEXT}`);
    expect(kept.removed).toEqual([]);
    expect(kept.clean.split('\n\n').slice(1, 5)).toEqual(['AT & T', 'Q & A', "Rebels' 'final answer'?", "'Final answer'"]);
  });
});

describe('cleanArticle: a teaser above the headline (review 13, finding 22)', () => {
  const story = [
    'Rebels walk out of talks',
    'Delegations left the talks in Geneva on Wednesday after the two sides failed to agree.',
    'The Russian demands, handed over on Saturday, had prompted a walkout by the rebels, who called them a surrender.',
    'Mediators said they would try again next month.'
  ].join('\n\n');

  it('sets aside a sentence the article says again further down, verbatim or shortened', () => {
    const verbatim = 'Mediators said they would try again next month after the talks.';
    expect(removedOf(`${verbatim}\n\n${story.replace('again next month.', 'again next month after the talks.')}`)).toEqual([['teaser', verbatim]]);
    const shortened = 'The Russian demands prompted a walkout by the rebels, who called them a surrender.';
    const r = cleanArticle(`${shortened}\n\n${story}`);
    expect(r.removed.map((x) => [x.reason, x.text])).toEqual([['teaser', shortened]]);
    expect(r.clean).toBe(story);
  });

  it('keeps an opening that adds words, is short, or has no headline under it', () => {
    const added = 'The Russian demands prompted an angry walkout by the rebels, who called them a surrender.';
    expect(removedOf(`${added}\n\n${story}`)).toEqual([]);
    expect(removedOf(`Mediators said they would try again.\n\n${story}`)).toEqual([]);
    const lead = 'The Russian demands prompted a walkout by the rebels, who called them a surrender.';
    expect(removedOf(`${lead}\n\n${story.replace('Rebels walk out of talks\n\n', '')}`)).toEqual([]);
  });
});
