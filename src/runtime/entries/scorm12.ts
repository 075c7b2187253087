import { launch } from '../core/launch.js';
import { findApi } from '../transport/find-api.js';
import { isScorm12Api, Scorm12Transport } from '../transport/scorm12.js';

void launch(() => {
  const api = findApi(window, 'API', isScorm12Api);
  return api ? new Scorm12Transport(api) : null;
}).catch((error: unknown) => console.error('cease: the course could not start', error));
