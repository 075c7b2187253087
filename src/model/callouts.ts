/** Container directives that render as labelled callouts (`:::myth … :::`). */
export const CALLOUTS = ['note', 'tip', 'warning', 'myth', 'fact'] as const;
export type Callout = (typeof CALLOUTS)[number];
