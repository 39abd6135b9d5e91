/** The story happens in Paris: times are shown in Paris time on every machine. */
export const lessonTimeZone = 'Europe/Paris';

/** Who-can-read tables show the latest messages only, with a button for the earlier ones. */
export const LATEST_ROWS = 6;
