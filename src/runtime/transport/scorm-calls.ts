/**
 * The guarded calls both SCORM editions make, under each edition's function
 * names. LMS implementations differ, so every call is guarded: a throwing or
 * "false"-returning call is logged and remembered (the next commit reports
 * it), never fatal.
 */
export interface ScormFunctions {
  /** Function names, for the console: `LMSSetValue`/`SetValue`, `LMSCommit`/`Commit`, `LMSFinish`/`Terminate`. */
  names: { set: string; commit: string; finish: string };
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  commit(): unknown;
  finish(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
  diagnostic(code: string): unknown;
}

/** How often a refused interaction is written again (once before each commit) before it is given up. */
const JOURNAL_RETRIES = 5;
/** Waits before reading again what the LMS holds, when a read fails right after initialising. */
const READ_WAITS_MS = [250, 500, 1000];

export class ScormCalls {
  /** After finish, the API is closed: nothing more is written. */
  finished = false;
  private writeFailed = false;
  /** Interactions the LMS refused, with the retries left, to write again before the next commit. */
  private unsent: { fields: [string, string][]; retries: number }[] = [];

  constructor(private readonly fns: ScormFunctions) {}

  /** The value, or null when the LMS reports an error (e.g. 401 not implemented) or throws. */
  get(element: string, unsetCode = ''): string | null {
    try {
      const value = this.fns.getValue(element);
      const code = String(this.fns.lastError() ?? '');
      // `unsetCode`: the error an element nobody has set yet answers, which means "".
      if (unsetCode && code === unsetCode) return '';
      return code && code !== '0' ? null : String(value ?? '');
    } catch {
      return null;
    }
  }

  /**
   * Reads until `read` gives a value, waiting a little between tries: some
   * LMS bridges answer "" (error 101) until their cache fills. Null when it
   * never does.
   */
  async patiently<T>(read: () => T | null): Promise<T | null> {
    for (const wait of [...READ_WAITS_MS, -1]) {
      const value = read();
      if (value !== null || wait < 0) return value;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    return null;
  }

  /** `progress`: losing this write loses the learner's progress, which the next commit then reports. */
  set(element: string, value: string, progress = true): boolean {
    if (this.finished) return false;
    const stored = this.callTrue(`${this.fns.names.set} ${element}`, () => this.fns.setValue(element, value));
    if (!stored && progress) this.writeFailed = true;
    return stored;
  }

  /**
   * Journals one answer's fields, the id first (RTE 2004 4.2.9 refuses other
   * fields before it). An LMS that rejects an interaction still saves
   * progress, so the learner is not alarmed; refused fields are written again
   * before the next commits, so a brief outage loses no answer.
   */
  journal(fields: [string, string][]): void {
    const left = this.writeFields(fields);
    if (left.length > 0) this.unsent.push({ fields: left, retries: JOURNAL_RETRIES });
  }

  /** True when the LMS stored everything written since the last commit. */
  commit(): boolean {
    if (this.finished) return false;
    this.retryJournal();
    const committed = this.callTrue(this.fns.names.commit, () => this.fns.commit());
    const clean = committed && !this.writeFailed;
    this.writeFailed = false;
    return clean;
  }

  /**
   * Commits and closes the session. Some LMSs fail a commit during page
   * dismissal and rely on the implicit commit of LMSFinish/Terminate (RTE 1.2
   * 3.3.2.2, RTE 2004 3.1.3.2), so finish is called whatever commit says and
   * only its answer counts. No await anywhere: on pagehide there is no later.
   */
  finish(): boolean {
    this.retryJournal();
    this.callTrue(this.fns.names.commit, () => this.fns.commit());
    this.finished = true;
    return this.callTrue(this.fns.names.finish, () => this.fns.finish()) && !this.writeFailed;
  }

  private retryJournal(): void {
    this.unsent = this.unsent.flatMap((entry) => {
      const left = this.writeFields(entry.fields);
      return left.length > 0 && --entry.retries > 0 ? [{ fields: left, retries: entry.retries }] : [];
    });
  }

  /**
   * Writes the fields and returns those the LMS refused: all of them when the
   * first (the id) is refused, since the rest depend on it; otherwise only the
   * refused ones, so an LMS that rejects one optional field keeps the others.
   */
  private writeFields(fields: [string, string][]): [string, string][] {
    const [first, ...rest] = fields;
    if (first && !this.set(first[0], first[1], false)) return fields;
    return rest.filter(([element, value]) => !this.set(element, value, false));
  }

  /** Runs an API call; true only for the string "true", as both editions answer success. */
  callTrue(what: string, call: () => unknown): boolean {
    let result: unknown;
    try {
      result = call();
    } catch (error) {
      console.warn(`cease: ${what} threw`, error);
      return false;
    }
    if (String(result) === 'true') return true;
    console.warn(`cease: ${what} returned ${String(result)} (${this.describeLastError()})`);
    return false;
  }

  private describeLastError(): string {
    try {
      const code = String(this.fns.lastError());
      return `${code} ${String(this.fns.errorString(code))} ${String(this.fns.diagnostic(code))}`.trim();
    } catch {
      return 'no error details';
    }
  }
}
