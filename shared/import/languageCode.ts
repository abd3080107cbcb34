/**
 * A language tag as Crosscheck stores it: an ISO 639 code with optional subtags (`en`, `pt-BR`,
 * `zh-Hant`). Checked wherever a person types one (import defaults, Edit details).
 */
export const LANGUAGE_CODE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
