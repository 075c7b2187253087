import type { Question } from '../../model/course.js';
import type { InteractionRecord } from './transport.js';
import type { Agent } from './xapi-agent.js';
import { isoDuration, uuid } from './xapi-ids.js';
import type { QueuedStatement } from './xapi-queue.js';

/** ADL verbs (xAPI vocabulary, http://adlnet.gov/expapi/verbs/). */
export type Verb = 'initialized' | 'experienced' | 'progressed' | 'answered' | 'completed' | 'passed' | 'failed' | 'terminated';

const ADL = 'http://adlnet.gov/expapi/';
/** cmi5 §9.5.5.1; a registered extension that plain xAPI reports read as well. */
export const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: Record<string, unknown>;
}

export type Context = Record<string, unknown> & { contextActivities?: Record<string, Activity[]> };

export interface StatementSource {
  actor: Agent;
  /** Root activity: the launch's activity id, else the course's compiled one. */
  activityId: string;
  registration: string | null;
  title: string;
  language: string;
  /** cmi5's contextTemplate, copied into every statement (cmi5 §10); {} for plain xAPI. */
  template: Context;
}

/**
 * Builds statements with everything fixed at creation: a UUID id (so a retry
 * cannot duplicate it), a UTC timestamp with milliseconds (xAPI-Data §2.4.7),
 * the launch's actor and registration, and the course as grouping context.
 */
export class StatementBuilder {
  constructor(private readonly source: StatementSource) {}

  /** cmi5: the context template arrives after launch, with LMS.LaunchData. */
  useTemplate(template: Context): void {
    this.source.template = template;
  }

  get course(): Activity {
    return this.activity(this.source.activityId, `${ADL}activities/course`, this.source.title);
  }

  /** `at`: when it happened (epoch ms), if not now: an answer delivered by a later session keeps its own time. */
  statement(verb: Verb, object: Activity, result?: Record<string, unknown>, extra: Context = {}, at = Date.now()): QueuedStatement {
    const { actor, registration } = this.source;
    const context = mergeContext(this.source.template, extra);
    if (registration) context['registration'] = registration;
    const statement: QueuedStatement = {
      id: uuid(),
      actor,
      verb: { id: `${ADL}verbs/${verb}`, display: { 'en-US': verb } },
      object,
      context,
      timestamp: new Date(at).toISOString(),
    };
    if (result) statement['result'] = result;
    return statement;
  }

  /** A screen, question page or result page of the course (Activity Streams "page", in the xAPI vocabulary). */
  page(id: string, title: string): Activity {
    return this.activity(`${this.source.activityId}/pages/${encodeURIComponent(id)}`, 'http://activitystrea.ms/schema/1.0/page', title);
  }

  /** A video or audio clip of the course, by its path in the package (ADL activity type `media`). */
  media(path: string, title: string): Activity {
    return this.activity(`${this.source.activityId}/media/${encodeURIComponent(path.replace(/^assets\//, ''))}`, `${ADL}activities/media`, title);
  }

  /** xAPI-Data §2.4.4.1.1: a cmi.interaction activity with its choices and correct response. */
  interaction(record: InteractionRecord, question: Question | undefined): Activity {
    const trueFalse = record.type === 'true-false';
    const definition: Record<string, unknown> = {
      type: `${ADL}activities/cmi.interaction`,
      name: this.text(record.id),
      description: this.text(record.description || record.id),
      interactionType: record.type,
      correctResponsesPattern: [this.response(record, record.correct)],
    };
    if (!trueFalse) definition['choices'] = (question?.choices ?? record.choices ?? []).map((choice) => ({ id: choice.id, description: this.text(choice.text || choice.id) }));
    return { objectType: 'Activity', id: `${this.source.activityId}/questions/${encodeURIComponent(record.id)}`, definition };
  }

  /** true-false responses are `true`/`false`; choice responses are ids joined by `[,]` (xAPI-Data §2.4.4.1.2). */
  response(record: InteractionRecord, ids: readonly string[]): string {
    return record.type === 'true-false' ? String(ids[0] === 'a') : ids.join('[,]');
  }

  /** The grouping the course gives every statement whose object is not the course itself. */
  inCourse(): Context {
    return { contextActivities: { grouping: [{ objectType: 'Activity', id: this.source.activityId }] } };
  }

  private activity(id: string, type: string, name: string): Activity {
    return { objectType: 'Activity', id, definition: { type, name: this.text(name) } };
  }

  private text(value: string): Record<string, string> {
    return { [this.source.language]: value };
  }
}

export function duration(ms: number): { duration: string } {
  return { duration: isoDuration(ms) };
}

/**
 * The template's values are kept (cmi5 §10: the AU may add, never
 * overwrite); context activity lists are joined, extensions merged.
 */
export function mergeContext(template: Context, extra: Context): Context {
  const merged: Context = JSON.parse(JSON.stringify({ ...extra, ...template })) as Context;
  const lists = { ...(extra.contextActivities ?? {}) };
  for (const [key, activities] of Object.entries(template.contextActivities ?? {})) {
    lists[key] = [...(Array.isArray(activities) ? activities : [activities]), ...(lists[key] ?? [])];
  }
  if (Object.keys(lists).length) merged.contextActivities = lists;
  const extensions = { ...((extra['extensions'] as object) ?? {}), ...((template['extensions'] as object) ?? {}) };
  if (Object.keys(extensions).length) merged['extensions'] = extensions;
  return merged;
}

/** The last segment of a statement's verb id (`passed` for …/verbs/passed). */
export function verbOf(statement: { [property: string]: unknown }): string {
  return String((statement['verb'] as { id?: string } | undefined)?.id ?? '').replace(/^.*\//, '');
}
