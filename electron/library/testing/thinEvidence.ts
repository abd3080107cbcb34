/**
 * Articles that share too little to be one story (review 13, finding 3): two unrelated reports
 * of one year (a party choosing its conference city, a games console's cable recall) whose only
 * common term is the year, and a three-word fragment (a PDF test file's title) whose only term
 * another article holds is `pages`, next to a report about a browser toolbar. Written for
 * Crosscheck's tests (invented; free to redistribute with the code).
 */
export const THIN_EVIDENCE: Readonly<Record<string, string>> = {
  'year-party.txt':
    'Labour picks Mossbridge for conference\n\nDelegates voted to hold the autumn gathering of 2006 in Mossbridge, beating a bid from Carrowdale. Organisers praised the waterfront hall and hotels. Officials expect ten thousand delegates, lobbyists and journalists during the week of 2006.',
  'year-console.txt':
    'Games console cables recalled\n\nA maker of games consoles is recalling power cords sold since 2006 after reports of sparks and scorch marks. Owners can order a free replacement lead online. Engineers traced the fault to a worn connector in cords made during 2006.',
  'toolbar.txt':
    'Browser toolbar rewrites pages\n\nA new browser toolbar adds links to pages that their authors never wrote, critics say. Publishers fear readers will leave their pages through the added links. The toolbar scans pages for street addresses and book titles and turns them into links to its own shop pages.',
  'fragment.txt': 'Testcase: Pages loop'
};
