/** SCORM 2004 time formats (RTE 4th Ed. 4.1.1.7 timeinterval, 4.1.1.6 time). */

/**
 * timeinterval (second,10,2), an ISO 8601 duration such as `PT1H2M3.4S`:
 * seconds carry at most two decimals; zero units are left out, except `PT0S`.
 */
export function isoDuration(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360000);
  const minutes = Math.floor(centiseconds / 6000) % 60;
  const seconds = (centiseconds % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || !(hours || minutes) ? `${seconds}S` : ''}`;
}

/**
 * time (second,10,0) with a zone: `2025-01-31T09:15:02.25Z`. The RTE grammar
 * `YYYY-MM-DDThh:mm:ss.s[TZD]` admits the zone only after fractional seconds,
 * so they stay (two digits, the precision the RTE requires LMSs to keep).
 */
export function isoTimestamp(epochMilliseconds: number): string {
  return `${new Date(epochMilliseconds).toISOString().slice(0, 22)}Z`;
}
