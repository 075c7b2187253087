import type { ScenarioProgress } from '../scenario/scenario-progress.js';
import { readScenarios, writeScenarios, type ScenarioShape } from '../scenario/scenario-state.js';
import type { AssessmentState } from './assessment.js';

/** Everything needed to resume, besides the bookmark (which the platform keeps apart). */
export interface SuspendState {
  /** One flag per lesson screen: every module's screens, in course order. */
  visited: boolean[];
  /** Knowledge checks: index in the course's question list → mask of the last checked answer. */
  checks: Map<number, number>;
  assessment: AssessmentState | null;
  /** Branching scenarios: index in the course's scenario list → the learner's way through it (absent: none). */
  scenarios?: Map<number, ScenarioProgress>;
  /** Where this state comes from; see `Lineage`. */
  lineage: Lineage;
}

/**
 * Which attempt and which session wrote a state, so a copy kept in the
 * browser can be told apart from newer data on the platform. `origin` is
 * drawn when an attempt starts from nothing and carried by every later
 * state of that attempt; `session` is drawn at every launch. 0 means unknown
 * (a state written before lineage existed).
 */
export interface Lineage {
  origin: number;
  session: number;
}

/** Sizes of the course the state belongs to; a state of another shape is discarded. */
export interface StateShape {
  screens: number;
  questions: number;
  pool: number;
  draw: number;
  /** The course's scenarios, in order (absent: none). */
  scenarios?: readonly ScenarioShape[];
}

/*
 * Encoding: "2" (format version) + base64url, unpadded, of these bytes, where
 * every number is an unsigned LEB128 varint:
 *
 *   lineage origin, lineage session (format "1" had neither)
 *   screens, then ceil(screens / 8) bytes of visited flags (bit i of byte
 *     i >> 3 = screen i); screens is 0 when the flags were dropped
 *   0 (no assessment) | 1, attempt, seed, drawn count, each drawn pool index,
 *     answer count, each answer mask, best (0 = none, else hundredths + 1)
 *   check count, then per knowledge check: question index minus the previous
 *     one, answer mask (ascending by index)
 *   the scenarios' part (see scenario-state.ts), absent in states written
 *     before scenarios existed
 *
 * The output is printable ASCII from [0-9A-Za-z_-], safe in every LMS store.
 * 200 screens, a 100-question assessment and 100 knowledge checks take
 * under 1.5 KB. When a state still exceeds the platform's limit (4096
 * characters in SCORM 1.2), parts are dropped in this order: the paths
 * through practice scenarios; knowledge-check answers, last first (they only restore what the learner saw); then the
 * visited flags. The assessment and graded scenarios never are: they carry
 * attempts and score.
 */
const VERSION = '2';
const UNSTAMPED = '1';

export function emptyState(shape: StateShape): SuspendState {
  return { visited: new Array<boolean>(shape.screens).fill(false), checks: new Map(), assessment: null, scenarios: new Map(), lineage: { origin: 0, session: 0 } };
}

export function encodeState(state: SuspendState, limit: number): string {
  const checks = [...state.checks].sort((a, b) => a[0] - b[0]);
  let scenarios = [...(state.scenarios ?? [])].sort((a, b) => a[0] - b[0]);
  let visited = state.visited;
  const encodeNow = () => encode(state.lineage, visited, state.assessment, checks, scenarios);
  let encoded = encodeNow();
  if (encoded.length > limit) {
    scenarios = scenarios.filter(([, progress]) => progress.graded);
    encoded = encodeNow();
  }
  while (encoded.length > limit && checks.length > 0) {
    checks.splice(Math.max(0, checks.length - Math.ceil(checks.length / 8)));
    encoded = encodeNow();
  }
  if (encoded.length > limit) {
    visited = [];
    encoded = encodeNow();
  }
  return encoded;
}

/** The lineage alone, readable without knowing the course's shape; null for no state or a damaged one. */
export function lineageOf(text: string): Lineage | null {
  if (text.charAt(0) === UNSTAMPED) return { origin: 0, session: 0 };
  if (text.charAt(0) !== VERSION) return null;
  try {
    const reader = byteReader(fromBase64Url(text.slice(1)));
    return { origin: reader.number(), session: reader.number() };
  } catch {
    return null;
  }
}

export function decodeState(text: string, shape: StateShape): SuspendState | null {
  const version = text.charAt(0);
  if (version !== VERSION && version !== UNSTAMPED) return null;
  try {
    const reader = byteReader(fromBase64Url(text.slice(1)));
    const lineage = version === VERSION ? { origin: reader.number(), session: reader.number() } : { origin: 0, session: 0 };
    const screens = reader.number();
    if (screens !== shape.screens && screens !== 0) return null;
    const state = emptyState(shape);
    state.lineage = lineage;
    for (let i = 0; i < screens; i += 8) {
      const byte = reader.byte();
      for (let bit = 0; bit < 8 && i + bit < screens; bit++) state.visited[i + bit] = (byte & (1 << bit)) !== 0;
    }
    if (reader.number() === 1) {
      const attempt = reader.number();
      const seed = reader.number();
      const drawn = reader.list();
      const answers = reader.list();
      const best = reader.number();
      if (drawn.length !== shape.draw || drawn.some((index) => index >= shape.pool) || answers.length > drawn.length) return null;
      state.assessment = { attempt, seed, drawn, answers, best: best === 0 ? null : (best - 1) / 100 };
    }
    let index = 0;
    for (let count = reader.number(); count > 0; count--) {
      index += reader.number();
      if (index >= shape.questions) return null;
      state.checks.set(index, reader.number());
    }
    const scenarios = readScenarios(reader, shape.scenarios ?? []);
    if (!scenarios) return null;
    state.scenarios = scenarios;
    return state;
  } catch {
    return null;
  }
}

function encode(lineage: Lineage, visited: boolean[], assessment: AssessmentState | null, checks: [number, number][], scenarios: [number, ScenarioProgress][]): string {
  const bytes: number[] = [];
  const number = (value: number) => {
    // Arithmetic, not bit shifts: seeds use all 32 bits.
    for (let rest = value; ; rest = Math.floor(rest / 128)) {
      if (rest < 128) return void bytes.push(rest);
      bytes.push((rest % 128) | 128);
    }
  };
  number(lineage.origin);
  number(lineage.session);
  number(visited.length);
  for (let i = 0; i < visited.length; i += 8) {
    let byte = 0;
    for (let bit = 0; bit < 8; bit++) if (visited[i + bit]) byte |= 1 << bit;
    bytes.push(byte);
  }
  number(assessment ? 1 : 0);
  if (assessment) {
    [assessment.attempt, assessment.seed].forEach(number);
    for (const list of [assessment.drawn, assessment.answers]) {
      number(list.length);
      list.forEach((value) => number(value));
    }
    number(assessment.best === null ? 0 : Math.round(assessment.best * 100) + 1);
  }
  number(checks.length);
  let previous = 0;
  for (const [index, mask] of checks) {
    number(index - previous);
    number(mask);
    previous = index;
  }
  // Left out when empty, so a course without scenarios keeps its states byte for byte.
  if (scenarios.length > 0) writeScenarios(number, scenarios);
  return VERSION + toBase64Url(bytes);
}

function byteReader(bytes: number[]) {
  let at = 0;
  const byte = () => {
    if (at >= bytes.length) throw new Error('suspend data ends early');
    return bytes[at++] as number;
  };
  const number = () => {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const next = byte();
      value += (next & 127) * scale;
      if (next < 128) return value;
    }
  };
  const list = () => {
    const length = number();
    if (length > bytes.length - at) throw new Error('suspend data list is longer than the data');
    return Array.from({ length }, number);
  };
  return { byte, number, list, done: () => at >= bytes.length };
}

function toBase64Url(bytes: number[]): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): number[] {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Array.from(binary, (char) => char.charCodeAt(0));
}
