/**
 * English function words: they say nothing about which story or passage a text is, so content
 * comparisons (sentence links, story grouping, figure contexts) skip them, and so does a long
 * question's own ranking in search. Folded forms.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had ' +
    'has have having he her here hers herself him himself his how i if in into is it its itself just ' +
    'me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves said says say told would could may might must shall ' +
    "it's he's she's they're we're i'm don't didn't doesn't won't can't isn't wasn't aren't weren't " +
    'per mr mrs ms also however although though yet still even since according'
  ).split(/\s+/)
);
