import { describe, expect, it } from 'vitest';
import { iriProblem } from '../../src/check/iri-syntax.js';

describe('iriProblem (RFC 3987 §2.2)', () => {
  it.each([
    'https://example.org/courses/cease',
    'https://ejemplo.org/cursos/San%20Jos%C3%A9',
    'https://ejemplo.org/cursos/san-josé',
    'https://例え.jp/コース/一',
    'https://example.org/😀',
    'urn:uuid:0b7ef4c6-8b7e-4d4e-9c2e-1f6f0a9d7c11',
    'tag:example.org,2025:courses/cease',
    'mailto:training@example.org',
    'a:',
    'https://user:pw@example.org:8443/a/b/../c;p=1',
    'https://example.org:/a',
    'http://127.0.0.1/x',
    'http://[2001:db8::1]:8080/a',
    'http://[::]/',
    'http://[::ffff:192.0.2.1]/',
    'http://[1:2:3:4:5:6:7:8]/',
    'http://[v1.fe80::a+en1]/',
    'https://example.org/a?q=1&r=ü/?x#frag/x?y',
    'https://example.org/?\uE000',
    "https://example.org/!$&'()*+,;=:@-._~",
  ])('accepts %s', (iri) => {
    expect(iriProblem(iri)).toBeNull();
  });

  it.each([
    ['https://example.org/San José', 23, 'the space at character 24 is not allowed in an IRI'],
    ['courses/cease', 0, 'does not start with a scheme'],
    ['', 0, 'does not start with a scheme'],
    [':no-scheme', 0, 'does not start with a scheme'],
    ['1http://example.org', 0, 'does not start with a scheme'],
    ['https://example.org/a<b>', 21, '"<" at character 22 is not allowed in an IRI'],
    ['https://example.org/a"b', 21, '""" at character 22'],
    ['https://example.org/{{name}}', 20, '"{"'],
    ['https://example.org/a\\b', 21, '"\\" at character 22'],
    ['https://example.org/a|b', 21, '"|"'],
    ['https://example.org/a^b`', 21, '"^"'],
    ['https://example.org/a\tb', 21, 'U+0009'],
    ['https://example.org/%zz', 20, 'not followed by two hex digits'],
    ['https://example.org/%4', 20, 'not followed by two hex digits'],
    ['https://example.org/100%', 23, 'not followed by two hex digits'],
    ['http://example.org:8o/', 20, 'the port "8o" is not a number'],
    ['http://[::g]/', 7, '"[::g]" is not an IPv6 address'],
    ['http://[1:2:3:4:5:6:7]/', 7, 'is not an IPv6 address'],
    ['http://[1.2.3.4::]/', 7, 'is not an IPv6 address'],
    ['http://[1::2::3]/', 7, 'is not an IPv6 address'],
    ['http://[::1/', 7, 'never closed'],
    ['http://[::1]x/', 12, '"x" at character 13 is not allowed at that place'],
    ['http://a@b@c/', 10, '"@" at character 11 is not allowed at that place'],
    ['https://example.org/a#b#c', 23, '"#" at character 24'],
    ['https://example.org/a[1]', 21, '"[" at character 22 is not allowed at that place'],
    ['https://example.org/\u200Eabc', 20, 'invisible character U+200E'],
    ['https://example.org/\u202Eabc', 20, 'U+202E'],
    ['https://example.org/\uE000', 20, 'at that place'],
    ['https://example.org/\uD800', 20, 'U+D800'],
    ['https://example.org/\uFFFE', 20, 'not allowed in an IRI'],
  ])('refuses %j at code point %i', (iri, at, message) => {
    const problem = iriProblem(iri);
    expect(problem?.at).toBe(at);
    expect(problem?.message).toContain(message);
  });

  it('counts positions in characters, so a non-ASCII letter before the fault counts once', () => {
    expect(iriProblem('https://example.org/😀é x')?.message).toContain('character 23');
  });

  it('answers at once on a long near-miss (no backtracking)', () => {
    const long = `https://example.org/${'a'.repeat(200_000)} x`;
    const started = performance.now();
    expect(iriProblem(long)?.at).toBe(200_020);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
