import { describe, expect, it } from 'vitest';
import { extractQuotes } from './quotes';

const texts = (text: string) => extractQuotes(text).map((q) => q.text);

describe('extractQuotes', () => {
  it('reads straight, curly and « » double quotes, with offsets of the quoted words', () => {
    const text = 'He said "no deal" and “no talks” and «no truce».';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.marks])).toEqual([
      ['no deal', 'double'],
      ['no talks', 'double'],
      ['no truce', 'guillemet']
    ]);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads single-quoted headline quotes but not apostrophes', () => {
    expect(texts("Regime pounds south Syria after rebels say talks with Russia 'fail'")).toEqual(['fail']);
    expect(texts('Rebels’ ‘final answer’?')).toEqual(['final answer']);
    expect(texts("Assad's forces took the rebels' last town, Daraa’s governor said.")).toEqual([]);
  });

  it('leaves the comma or full stop inside the marks out of the quoted words', () => {
    expect(texts('the joint rebel command announced the talks had “failed.”')).toEqual(['failed']);
    expect(texts('"The session ended. No future meetings have been set," Mr Jabbawi said.')).toEqual([
      'The session ended. No future meetings have been set'
    ]);
  });

  it('drops a quote left open at the end of its paragraph instead of running on', () => {
    const text =
      '"The session is over After the end of the talks, planes resumed strikes, the Observatory said:\nNext "line" here.';
    expect(texts(text)).toEqual(['line']);
  });

  it('does not report single quotes nested in a double quote separately', () => {
    expect(texts('"They called it \'a farce\' today," he said.')).toEqual(["They called it 'a farce' today"]);
  });
});

describe('quote speakers', () => {
  const speaker = (text: string) => extractQuotes(text)[0]?.speaker;

  it('reads "…," X said and "…," X told AFP', () => {
    expect(speaker('“Negotiations have failed,” the command said in an online statement.')).toBe('the command');
    expect(speaker('"Negotiations have failed," the rebels\' Central Operations Room in the South said in a tweet.')).toBe(
      "the rebels' Central Operations Room in the South"
    );
    expect(speaker('“The session ended. No future meetings have been set,” Jabbawi told AFP.')).toBe('Jabbawi');
  });

  it('reads "…," said X, cutting what follows the name', () => {
    expect(speaker('"The refusal goes against basic human decency," said HRW’s Lama Fakih.')).toBe('HRW’s Lama Fakih');
    expect(speaker('"Ask for protection," said Ali Salhadi, an opposition official.')).toBe('Ali Salhadi');
  });

  it('reads a speaker later in the sentence and before the quote', () => {
    expect(speaker('They "ask the United Nations for protection" for their lives, said opposition official Ali Salhadi.')).toBe(
      'opposition official Ali Salhadi'
    );
    expect(speaker('Spokesman Ibrahim Jabbawi said the talks had not produced "any results" because Moscow insisted.')).toBe(
      'Spokesman Ibrahim Jabbawi'
    );
    expect(speaker("Regime pounds south Syria after rebels say talks with Russia 'fail'")).toBe('rebels');
  });

  it('reads according to X', () => {
    expect(
      speaker(
        'Rebels would keep their arms until a "real political process" had begun, according to a source close to the talks.'
      )
    ).toBe('a source close to the talks');
  });

  it('gives no speaker for pronouns or unattributed quotes', () => {
    expect(speaker('"No negotiations under threat," it later added on Twitter.')).toBeUndefined();
    expect(speaker('The talks had "failed".')).toBeUndefined();
    expect(speaker('"No Threatened Negotiations", added later on Twitter.')).toBeUndefined();
  });
});
