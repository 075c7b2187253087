export { startPreview, DEFAULT_PORT, type PreviewOptions, type PreviewServer } from './preview-server.js';
export type { PreviewBuild } from './preview-build.js';
