/**
 * The usage line of every `crosscheck` command. Kept apart from the commands so `crosscheck help`
 * and the dispatcher do not load them: each command is imported only when it runs.
 */

export const ALIGN_USAGE =
  'crosscheck align <fileA> <fileB> [--json] [--min-words N] [--reuse-cases] | crosscheck align --pairs LIST --a-dir DIR --b-dir DIR [--json] [--min-words N] [--reuse-cases]';

export const ANNOTATE_USAGE =
  'crosscheck annotate add <articleId> [--quote TEXT [--occurrence N]] [--note TEXT] [--tag T]... [--colour 1-6] | annotate list [--article ID] [--story ID] [--colour N]... [--tag T]... [--kind K]... [--state S]... [--outlet NAME] [--from DATE] [--to DATE] [--text WORDS] [--sort position|created|updated] [--limit N] [--offset N] | annotate rm <id>  [--db FILE] [--json]';

export const COMPARE_USAGE = 'crosscheck compare <id> <id> [<id>...] [--db FILE] [--json]';

export const EXPORT_USAGE =
  'crosscheck export [--format md|html|pdf|docx|json|csv|csl|bib|ris] --out FILE [--story ID | --articles ID... | --query Q | --compare ID...] [--group article|colour|tag] [--full-text] [--no-comparison] [--author NAME] [--force] [--db FILE] [--json]';

export const IMPORT_ANNOTATIONS_USAGE = 'crosscheck import-annotations <file.jsonld> [--dry-run] [--db FILE] [--json]';

export const IMPORT_USAGE =
  'crosscheck import <path...> [--outlet NAME] [--collection NAME] [--language CODE] [--map title=COL,text=COL,...] [--no-group] [--verbose] [--db FILE] [--json]';

export const BACKUP_USAGE = 'crosscheck backup [--out FILE|FOLDER [--force]] [--list] [--keep N] [--db FILE] [--json]';

export const DOCTOR_USAGE = 'crosscheck doctor [--repair] [--db FILE] [--json]';

export const RESTORE_USAGE = 'crosscheck restore <backup file> [--db FILE] [--json]';

export const DELETE_USAGE = 'crosscheck delete <id...> [--yes] [--db FILE] [--json]';

export const EDIT_USAGE = 'crosscheck edit <id...> [--outlet NAME] [--date YYYY-MM-DD] [--collection NAME] [--language CODE] [--db FILE] [--json]';

export const LIST_USAGE =
  'crosscheck list [--sort title|outlet|publishedAt|wordCount|importedAt] [--asc|--desc] [--limit N] [--offset N] [--db FILE] [--json]';

export const SEARCH_USAGE =
  'crosscheck search "<query>" [--limit N] [--sort relevance|date] [--db FILE] [--json]  |  crosscheck search --queries FILE [--limit N] [--sort relevance|date] [--json]';

export const SERVE_USAGE = 'crosscheck serve [--port N] [--no-seed] [--db FILE] [--json]';

export const SHOW_USAGE = 'crosscheck show <id> [--original] [--db FILE] [--json]';

export const STORIES_USAGE = 'crosscheck stories [--regroup] [--db FILE] [--json]';

export const WATCH_USAGE = 'crosscheck watch [list] | watch add <folder> | watch remove <id>  [--db FILE] [--json]';
