/** SCORM 1.2 time formats (RTE 1.2 Appendix A: CMITimespan, CMITime). */

const MAX_HOURS = 9999;

/** CMITimespan `HH[HH]:MM:SS.SS`: hours 2–4 digits, so a long session is capped rather than rejected. */
export function cmiTimespan(milliseconds: number): string {
  const centiseconds = Math.min(Math.max(0, Math.round(milliseconds / 10)), (MAX_HOURS * 3600 + 3599) * 100 + 99);
  const hours = Math.floor(centiseconds / 360000);
  const minutes = Math.floor(centiseconds / 6000) % 60;
  const seconds = Math.floor(centiseconds / 100) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(centiseconds % 100)}`;
}

/** CMITime `HH:MM:SS`: the learner's local time of day (1.2 has no date or zone). */
export function cmiTime(epochMilliseconds: number): string {
  const date = new Date(epochMilliseconds);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
