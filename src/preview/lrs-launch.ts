import { randomUUID } from 'node:crypto';
import { attr, childNamed, parseXml, type XmlElement } from '../inspect/xml-tree.js';
import type { PreviewBuild } from './preview-build.js';
import { LRS_ENDPOINT_PATH, type PreviewLrs } from './preview-lrs.js';

/**
 * The one learner of the preview. cmi5 §8.1.2 wants an account; a Tin Can
 * launch takes it as well.
 */
export const PREVIEW_LEARNER = {
  objectType: 'Agent',
  name: 'Author, Preview',
  account: { homePage: 'https://cease.invalid/preview', name: 'preview-learner' },
} as const;

const CMI5 = 'https://w3id.org/xapi/cmi5/context/extensions/';

/** What the LMS read from the package's descriptor at "import". */
export interface LaunchTarget {
  /** xAPI: the course activity; cmi5: the AU, which is also the launch activityId here. */
  activityId: string;
  /** cmi5 §13.1.4; null for xAPI. */
  moveOn: string | null;
  masteryScore: number | null;
  launchParameters: string | null;
}

/** A launch in a registration's history, as the inspector marks it among the statements. */
export interface LaunchRecord {
  launch: number;
  launchedAt: string;
  /** cmi5 session id; null for xAPI. */
  session: string | null;
}

/** One launch as the inspector shows it and the course frame opens it. */
export interface LaunchTicket {
  format: 'xapi' | 'cmi5';
  registration: string;
  /** Launches of this registration so far, this one included. */
  launch: number;
  /** cmi5 session id (from LMS.LaunchData's contextTemplate); null for xAPI. */
  session: string | null;
  target: LaunchTarget;
  /** The launch query string to append to the course's index.html. */
  query: string;
}

/**
 * The LMS half of the xAPI and cmi5 preview: reads tincan.xml or cmi5.xml
 * as an LMS does at import, and makes each launch. xAPI gets the Tin Can
 * parameters (endpoint, auth, actor, registration, activity_id); cmi5 the
 * five launch parameters with a new fetch URL, and the LMS.LaunchData State
 * document written first (cmi5 §8.1, §10). A known registration is a resume:
 * the player finds its bookmark in the State API.
 */
export class LrsLaunches {
  private readonly launches = new Map<string, { history: LaunchRecord[]; target: LaunchTarget }>();

  constructor(private readonly lrs: PreviewLrs) {}

  /** What the last launch of a registration opened; null when unknown (e.g. after the preview restarted). */
  targetOf(registration: string): LaunchTarget | null {
    return this.launches.get(registration)?.target ?? null;
  }

  historyOf(registration: string): LaunchRecord[] {
    return this.launches.get(registration)?.history ?? [];
  }

  launch(format: 'xapi' | 'cmi5', build: PreviewBuild, origin: string, registration: string | null): LaunchTicket {
    const target = launchTarget(format, build);
    const id = registration && this.launches.has(registration) ? registration : randomUUID();
    const history = this.launches.get(id)?.history ?? [];
    this.launches.set(id, { history, target });
    const actor = JSON.stringify(PREVIEW_LEARNER);
    const endpoint = origin + LRS_ENDPOINT_PATH;
    const record = (session: string | null) => {
      const entry = { launch: history.length + 1, launchedAt: new Date().toISOString(), session };
      history.push(entry);
      return { format, registration: id, launch: entry.launch, session, target };
    };
    if (format === 'xapi') {
      const query = new URLSearchParams({ endpoint, auth: this.lrs.issueCredential(), actor, registration: id, activity_id: target.activityId });
      return { ...record(null), query: query.toString() };
    }
    // cmi5 §8.2, §10: every launch is a new session, with its own fetch URL and LMS.LaunchData.
    const session = randomUUID();
    this.lrs.documents.set({
      kind: 'state',
      activityId: target.activityId,
      agent: PREVIEW_LEARNER,
      registration: id,
      id: 'LMS.LaunchData',
      contentType: 'application/json',
      body: Buffer.from(JSON.stringify(launchData(target, session))),
    });
    const query = new URLSearchParams({ endpoint, fetch: origin + this.lrs.issueFetchPath(), actor, registration: id, activityId: target.activityId });
    return { ...record(session), query: query.toString() };
  }
}

/** cmi5 §10: the context every statement copies (publisher id in grouping, session id) and the AU's settings from cmi5.xml. */
function launchData(target: LaunchTarget, session: string): Record<string, unknown> {
  return {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: target.activityId }] },
      extensions: { [`${CMI5}sessionid`]: session },
    },
    launchMode: 'Normal',
    launchMethod: 'AnyWindow',
    moveOn: target.moveOn ?? 'NotApplicable',
    ...(target.masteryScore === null ? {} : { masteryScore: target.masteryScore }),
    ...(target.launchParameters === null ? {} : { launchParameters: target.launchParameters }),
  };
}

export function launchTarget(format: 'xapi' | 'cmi5', build: PreviewBuild): LaunchTarget {
  const descriptor = format === 'xapi' ? 'tincan.xml' : 'cmi5.xml';
  const file = build.files?.get(descriptor);
  if (!file) throw new Error(`The ${format} package has no ${descriptor}: the course has errors.`);
  const root = parseXml(file.toString('utf8'));
  if (format === 'xapi') {
    const activity = childNamed(childNamed(root, 'activities') ?? root, 'activity');
    return { activityId: required(activity, 'id', descriptor), moveOn: null, masteryScore: null, launchParameters: null };
  }
  const au = findAu(root);
  const mastery = au && attr(au, 'masteryScore');
  const parameters = au && childNamed(au, 'launchParameters');
  return {
    activityId: required(au, 'id', descriptor),
    moveOn: (au && attr(au, 'moveOn')) ?? 'NotApplicable',
    masteryScore: mastery === undefined || mastery === null ? null : Number(mastery),
    launchParameters: parameters ? parameters.text : null,
  };
}

/** The first AU, in document order, also inside blocks (cmi5 §13.1.3). */
function findAu(element: XmlElement): XmlElement | undefined {
  for (const child of element.children) {
    if (child.local === 'au') return child;
    if (child.local === 'block') {
      const found = findAu(child);
      if (found) return found;
    }
  }
  return undefined;
}

function required(element: XmlElement | undefined, name: string, descriptor: string): string {
  const value = element && attr(element, name);
  if (!value) throw new Error(`${descriptor} names no activity to launch.`);
  return value;
}
