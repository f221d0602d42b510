/**
 * When a summary was generated, as the stamp shows it: the wall-clock time where it ran with
 * its UTC offset ("2026-11-26T12:00:00+03:00"), so an officer in Nairobi reads Nairobi time
 * and a reader elsewhere can still tell the instant.
 */
export function localIsoWithOffset(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const wallClock = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${wallClock}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
