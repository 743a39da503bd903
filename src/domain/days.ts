/**
 * Calendar-day arithmetic in the local zone on epoch milliseconds: the same results as date-fns'
 * addDays and addBusinessDays (test/unit/days.test.ts checks them against each other), without
 * the Date copies and option handling that made them a tenth of `followup` on 10,000 contacts.
 */

/** `days` calendar days later (earlier when negative), keeping the wall-clock time across DST. */
export function addDaysMs(ms: number, days: number): number {
  const d = new Date(ms);
  if (days) d.setDate(d.getDate() + days);
  return d.getTime();
}

const isWeekend = (d: Date) => d.getDay() === 0 || d.getDay() === 6;

/** `amount` business days (Monday to Friday) later; from a weekend, as date-fns counts it. */
export function addBusinessDaysMs(ms: number, amount: number): number {
  const d = new Date(ms);
  const startedOnWeekend = isWeekend(d);
  const hours = d.getHours();
  const sign = amount < 0 ? -1 : 1;
  d.setDate(d.getDate() + Math.trunc(amount / 5) * 7);
  let rest = Math.abs(amount % 5);
  while (rest > 0) {
    d.setDate(d.getDate() + sign);
    if (!isWeekend(d)) rest -= 1;
  }
  if (startedOnWeekend && isWeekend(d) && amount !== 0) {
    if (d.getDay() === 6) d.setDate(d.getDate() + (sign < 0 ? 2 : -1));
    if (d.getDay() === 0) d.setDate(d.getDate() + (sign < 0 ? 1 : -2));
  }
  d.setHours(hours);
  return d.getTime();
}
