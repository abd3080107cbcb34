/**
 * The SQL condition (on a row of `annotations`) of an annotation that has lost its article but is
 * not marked orphan: what `checkLibrary` counts and `repairLibrary` marks, one text for both, so
 * the repair marks exactly what the check reported.
 *
 * A highlight or article note names its article in `article_id`. A passage note never does (NULL
 * always): its articles are the spans in `passage`, and it has lost one when any span names an
 * article the library no longer holds, or when the spans cannot be read at all. Story notes are
 * checked by their story's own trigger, not here.
 *
 * NB: the CASE keeps `json_each` away from a passage that is not valid JSON (it would throw, and
 * the whole check with it); SQLite evaluates a CASE branch only when it is taken.
 */
export const LOST_ARTICLE_CONDITION = `kind <> 'story-note' AND state <> 'orphan' AND CASE
    WHEN kind <> 'passage-note' THEN article_id IS NULL OR article_id NOT IN (SELECT id FROM articles)
    WHEN passage IS NULL OR NOT json_valid(passage) THEN 1
    ELSE EXISTS (SELECT 1 FROM json_each(passage) span
                 WHERE json_extract(span.value, '$.articleId') IS NULL
                    OR json_extract(span.value, '$.articleId') NOT IN (SELECT id FROM articles))
  END`;
