// Today's calendar date where IRCC holds its rounds (Ottawa, America/Toronto): the default date of
// an evaluation. The clock is an argument, so the zone conversion is testable.
export function torontoToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Toronto',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
