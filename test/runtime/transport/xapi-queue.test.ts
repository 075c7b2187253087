// @vitest-environment jsdom
import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { BrowserStore } from '../../../src/runtime/core/browser-store.js';
import { LrsClient } from '../../../src/runtime/transport/xapi-lrs.js';
import { DeliveryQueue, type QueuedStatement } from '../../../src/runtime/transport/xapi-queue.js';
import { lrsPerFile } from '../../helpers/lrs-per-file.js';

const newLrs = lrsPerFile();
const KEY = 'cease:lrs-queue:test';

/** One browser's localStorage, shared by every page of the course open in it. */
function sharedStore(): BrowserStore {
  const items = new Map<string, string>();
  return {
    available: true,
    read: (key) => items.get(key) ?? null,
    write: (key, value) => (items.set(key, value), true),
    remove: (key) => void items.delete(key),
  };
}

function answered(question: string): QueuedStatement {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', mbox: 'mailto:jane@example.org' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
    object: { objectType: 'Activity', id: `https://lms.test/activities/course-42/${question}` },
    timestamp: new Date().toISOString(),
  };
}

describe('the xAPI delivery queue', () => {
  test('with the course open in two tabs while the LRS is down, every answer either tab queued reaches the LRS at the next launch, once', async () => {
    const lrs = await newLrs();
    lrs.down = true;
    const store = sharedStore();
    const client = new LrsClient(lrs.endpoint, () => lrs.basicAuth());
    const first = new DeliveryQueue(client, store, KEY);
    const second = new DeliveryQueue(client, store, KEY);
    const answers = [answered('q1'), answered('q2'), answered('q3'), answered('q4')];
    first.add(answers[0]!);
    second.add(answers[1]!);
    first.add(answers[2]!);
    expect(await first.drain()).toBe(false);
    second.add(answers[3]!);
    expect(await second.drain()).toBe(false);
    // The second tab closes first, then the first: each writes its queue as it goes.
    await second.flushOnExit();
    await first.flushOnExit();

    lrs.down = false;
    const next = new DeliveryQueue(client, store, KEY);
    expect(next.size).toBe(4);
    expect(await next.drain()).toBe(true);
    expect(lrs.statements.map((statement) => statement.id).sort()).toEqual(answers.map((statement) => statement.id).sort());
    expect(store.read(KEY)).toBeNull();
  });

  test('a statement one tab delivered is not kept for the next launch by the other', async () => {
    const lrs = await newLrs();
    const store = sharedStore();
    const client = new LrsClient(lrs.endpoint, () => lrs.basicAuth());
    lrs.down = true;
    const first = new DeliveryQueue(client, store, KEY);
    first.add(answered('q1'));
    await first.drain();
    const second = new DeliveryQueue(client, store, KEY);
    lrs.down = false;
    expect(await second.drain()).toBe(true);
    expect(await first.drain()).toBe(true);
    await first.flushOnExit();
    await second.flushOnExit();
    expect(lrs.statements).toHaveLength(1);
    expect(store.read(KEY)).toBeNull();
  });
});
