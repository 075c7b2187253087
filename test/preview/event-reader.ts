/** Reads a Server-Sent Events stream over real HTTP, the way EventSource does. */
export interface ServerEvent {
  event: string;
  data: string;
}

export interface EventReader {
  /** Resolves with the next event named `name` (earlier events are skipped). */
  next(name: string, timeoutMs?: number): Promise<ServerEvent>;
  close(): void;
}

export async function openEvents(url: string): Promise<EventReader> {
  const abort = new AbortController();
  const response = await fetch(url, { signal: abort.signal, headers: { accept: 'text/event-stream' } });
  if (response.headers.get('content-type')?.startsWith('text/event-stream') !== true) {
    throw new Error(`${url} is not an event stream: ${response.headers.get('content-type')}`);
  }
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const parse = (block: string): ServerEvent => {
    const field = (name: string) => block.split('\n').filter((line) => line.startsWith(`${name}: `)).map((line) => line.slice(name.length + 2)).join('\n');
    return { event: field('event') || 'message', data: field('data') };
  };
  return {
    async next(name, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = parse(block);
          if (event.event === name && block.includes('event: ')) return event;
          continue;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no "${name}" event within ${timeoutMs} ms`);
        let timer: NodeJS.Timeout | undefined;
        const chunk = await Promise.race([
          reader.read(),
          new Promise<never>((_, failed) => (timer = setTimeout(() => failed(new Error(`no "${name}" event within ${timeoutMs} ms`)), left))),
        ]).finally(() => clearTimeout(timer));
        if (chunk.done) throw new Error(`the event stream ended before a "${name}" event`);
        buffer += chunk.value;
      }
    },
    close() {
      abort.abort();
    },
  };
}
