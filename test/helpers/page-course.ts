import type { PlayerCourse } from '../../src/model/player.js';
import { readPageData } from '../../src/model/player-page-data.js';

/** The course a built player page carries, read from its data elements as the player reads them. */
export function courseInPage(html: string): PlayerCourse {
  const elements = html.matchAll(/<script type="application\/json" id="([^"]+)">([\s\S]*?)<\/script>/g);
  const data = new Map([...elements].map(([, id, json]) => [id, json]));
  return readPageData((id) => {
    const json = data.get(id);
    if (json === undefined) throw new Error(`the player page has no #${id}`);
    return json;
  });
}
