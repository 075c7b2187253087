export { DEFAULT_PORT } from './default-port.js';
export { startPreview, type PreviewOptions, type PreviewServer } from './preview-server.js';
export type { PreviewBuild } from './preview-build.js';
