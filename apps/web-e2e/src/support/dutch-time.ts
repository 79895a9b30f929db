/** An instant as the Dutch UI shows and takes it: dd-mm-jjjj and a 24-hour clock, Amsterdam time. */
export function dutchParts(instant: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('day')}-${get('month')}-${get('year')}`, time: `${get('hour')}:${get('minute')}` };
}
