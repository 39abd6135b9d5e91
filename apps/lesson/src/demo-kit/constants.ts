/** The story happens in Paris: times are shown in Paris time on every machine. */
export const lessonTimeZone = 'Europe/Paris';
