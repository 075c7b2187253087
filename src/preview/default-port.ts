/** `cease preview` listens here unless --port says otherwise. Its own module so the CLI can name it without loading the server. */
export const DEFAULT_PORT = 4180;
