/**
 * IRI syntax after RFC 3987, the grammar xAPI (xAPI-Data §4.3 "IRIs") and
 * cmi5 (§13.1) name for activity ids. Written by hand: the npm validators
 * either backtrack exponentially on a near-miss (a space after a few
 * letters took seconds) or accept spaces. This one is a single pass over
 * the code points, so a bad IRI of any length is refused at once.
 */

/** Why a text is not an IRI, and where (0-based, in code points). */
export interface IriProblem {
  at: number;
  message: string;
  /** The offending character, when one is to blame. */
  character?: string;
}

/** RFC 3987 §2.2 ucschar: the letters, digits and marks of other scripts, allowed as they are. */
const UCSCHAR: readonly [number, number][] = [
  [0xa0, 0xd7ff], [0xf900, 0xfdcf], [0xfdf0, 0xffef],
  ...Array.from({ length: 14 }, (_, plane): [number, number] => [(plane + 1) * 0x10000, (plane + 1) * 0x10000 + 0xfffd]),
  [0xe1000, 0xefffd],
];
/** RFC 3987 §2.2 iprivate: allowed in the query only. */
const IPRIVATE: readonly [number, number][] = [[0xe000, 0xf8ff], [0xf0000, 0xffffd], [0x100000, 0x10fffd]];
/** RFC 3987 §4.1: IRIs MUST NOT contain LRM, RLM, LRE, RLE, PDF, LRO or RLO. */
const BIDI_FORMATTING = new Set([0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e]);

const UNRESERVED_ASCII = /^[A-Za-z0-9\-._~]$/;
const SUB_DELIMS = "!$&'()*+,;=";
const SCHEME = /^[A-Za-z][A-Za-z0-9+\-.]*$/;
const DEC_OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${DEC_OCTET}(\\.${DEC_OCTET}){3}$`);
const H16 = /^[0-9A-Fa-f]{1,4}$/;
/** RFC 3986 §3.2.2 IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ). */
const IPV_FUTURE = /^v[0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+$/;

type Allowed = (char: string, code: number) => boolean;

const inRanges = (code: number, ranges: readonly (readonly [number, number])[]) => ranges.some(([low, high]) => code >= low && code <= high);
/** iunreserved = ALPHA / DIGIT / "-" / "." / "_" / "~" / ucschar */
const iunreserved: Allowed = (char, code) => UNRESERVED_ASCII.test(char) || (inRanges(code, UCSCHAR) && !BIDI_FORMATTING.has(code));
const subDelim = (char: string) => char.length === 1 && SUB_DELIMS.includes(char);
/** ireg-name and iuserinfo characters besides pct-encoded (iuserinfo adds ":"). */
const hostChar: Allowed = (char, code) => iunreserved(char, code) || subDelim(char);
const userinfoChar: Allowed = (char, code) => hostChar(char, code) || char === ':';
/** ipchar = iunreserved / pct-encoded / sub-delims / ":" / "@"; paths add "/". */
const ipchar: Allowed = (char, code) => hostChar(char, code) || char === ':' || char === '@';
const pathChar: Allowed = (char, code) => ipchar(char, code) || char === '/';
const fragmentChar: Allowed = (char, code) => pathChar(char, code) || char === '?';
const queryChar: Allowed = (char, code) => fragmentChar(char, code) || inRanges(code, IPRIVATE);

/**
 * The first reason `text` is not an absolute IRI (RFC 3987 §2.2:
 * IRI = scheme ":" ihier-part [ "?" iquery ] [ "#" ifragment ]), or null.
 */
export function iriProblem(text: string): IriProblem | null {
  const chars = Array.from(text);
  const colon = chars.indexOf(':');
  if (colon < 1 || !SCHEME.test(chars.slice(0, colon).join(''))) {
    return { at: 0, message: 'it does not start with a scheme such as "https:"' };
  }
  const hash = chars.indexOf('#');
  const end = hash < 0 ? chars.length : hash;
  const question = chars.slice(0, end).indexOf('?');
  const hierEnd = question < 0 ? end : question;
  const problem =
    hierPart(chars, colon + 1, hierEnd) ??
    (question < 0 ? null : scan(chars, question + 1, end, queryChar)) ??
    (hash < 0 ? null : scan(chars, hash + 1, chars.length, fragmentChar));
  return problem;
}

/** ihier-part = "//" iauthority ipath-abempty / ipath-absolute / ipath-rootless / ipath-empty */
function hierPart(chars: string[], start: number, end: number): IriProblem | null {
  if (chars[start] !== '/' || chars[start + 1] !== '/') return scan(chars, start, end, pathChar);
  const authorityStart = start + 2;
  const slash = chars.indexOf('/', authorityStart);
  const authorityEnd = slash < 0 || slash > end ? end : slash;
  return authority(chars, authorityStart, authorityEnd) ?? scan(chars, authorityEnd, end, pathChar);
}

/** iauthority = [ iuserinfo "@" ] ihost [ ":" port ] */
function authority(chars: string[], start: number, end: number): IriProblem | null {
  const at = chars.indexOf('@', start);
  const hostStart = at >= 0 && at < end ? at + 1 : start;
  if (hostStart > start) {
    const problem = scan(chars, start, hostStart - 1, userinfoChar);
    if (problem) return problem;
  }
  let portColon: number;
  if (chars[hostStart] === '[') {
    const close = chars.indexOf(']', hostStart);
    if (close < 0 || close >= end) return { at: hostStart, message: 'the "[" of an IP address is never closed by "]"', character: '[' };
    const literal = chars.slice(hostStart + 1, close).join('');
    if (!isIpv6(literal) && !IPV_FUTURE.test(literal)) return { at: hostStart, message: `"[${literal}]" is not an IPv6 address` };
    portColon = close + 1;
    if (portColon < end && chars[portColon] !== ':') return characterProblem(chars, portColon);
  } else {
    const colon = chars.indexOf(':', hostStart);
    portColon = colon >= 0 && colon < end ? colon : end;
    const problem = scan(chars, hostStart, portColon, hostChar);
    if (problem) return problem;
  }
  // port = *DIGIT (RFC 3986 §3.2.3)
  for (let i = portColon + 1; i < end; i++) {
    if (!/^[0-9]$/.test(chars[i] as string)) return { at: i, message: `the port "${chars.slice(portColon + 1, end).join('')}" is not a number`, character: chars[i] as string };
  }
  return null;
}

/** Every character allowed, and every "%" followed by two hex digits (pct-encoded, RFC 3986 §2.1). */
function scan(chars: string[], start: number, end: number, allowed: Allowed): IriProblem | null {
  for (let i = start; i < end; i++) {
    const char = chars[i] as string;
    if (char === '%') {
      if (/^[0-9A-Fa-f]$/.test(chars[i + 1] ?? '') && /^[0-9A-Fa-f]$/.test(chars[i + 2] ?? '') && i + 2 < end) {
        i += 2;
        continue;
      }
      return { at: i, message: `the "%" at character ${i + 1} is not followed by two hex digits (a percent-encoding such as %20)`, character: '%' };
    }
    if (!allowed(char, char.codePointAt(0) as number)) return characterProblem(chars, i);
  }
  return null;
}

function characterProblem(chars: string[], at: number): IriProblem {
  const char = chars[at] as string;
  const somewhere = queryChar(char, char.codePointAt(0) as number) || ':/?#[]@'.includes(char);
  return { at, character: char, message: `${describeCharacter(char)} at character ${at + 1} is not allowed ${somewhere ? 'at that place' : 'in an IRI'}` };
}

/** What to do about a problem, as one sentence: percent-encode the character, or remove an invisible one. */
export function iriRepair(problem: IriProblem): string {
  const char = problem.character;
  if (char === undefined) return 'Start it with a scheme and a domain, e.g. https://training.example.gov/courses/cease.';
  const described = describeCharacter(char);
  if (described.startsWith('the invisible')) return `Remove ${described}; it is often pasted in with the text.`;
  return `Percent-encode ${described} as ${encodeURIComponent(char)}.`;
}

function describeCharacter(char: string): string {
  const code = char.codePointAt(0) as number;
  if (char === ' ') return 'the space';
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || BIDI_FORMATTING.has(code) || (code >= 0xd800 && code <= 0xdfff)) {
    return `the invisible character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `"${char}"`;
}

/** RFC 3986 §3.2.2 IPv6address: eight h16 groups (the last two may be an IPv4 address), or fewer around one "::". */
function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')));
  const all = groups.flat();
  // An IPv4 address may only end the address, never sit before "::".
  const endsInIpv4 = all.length > 0 && (halves.length === 1 || (groups[1]?.length ?? 0) > 0) && IPV4.test(all[all.length - 1] as string);
  const h16s = endsInIpv4 ? all.slice(0, -1) : all;
  if (!h16s.every((group) => H16.test(group))) return false;
  const count = h16s.length + (endsInIpv4 ? 2 : 0);
  return halves.length === 2 ? count <= 7 : count === 8;
}
