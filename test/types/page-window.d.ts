// A jsdom page's window carries its own constructors; tests create events in
// the page's realm (new page.Event('pagehide')) so the page's listeners see
// them as its own. The DOM typings leave Event off Window.
declare global {
  interface Window {
    Event: typeof Event;
  }
}

export {};
