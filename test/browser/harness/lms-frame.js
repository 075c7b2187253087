/*
 * The LMS side of the browser tests: the window that holds `window.API`
 * (scorm-again's Scorm12API, loaded before this script) and frames the
 * course. Every call is recorded; what a commit or finish stores is kept as
 * `lms.stored` and sent to the test server with sendBeacon, as an LMS saves
 * to its server, so it survives this window closing. Faults come from the
 * page's #lms-config and can be changed by the test while the course runs.
 */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('lms-config').textContent);
  var lms = (window.lms = {
    calls: [],
    stored: null,
    sent: 0,
    /** Elements whose LMSSetValue answers "false" or throws: { element: 'false' | 'throw' }; '*' matches all. */
    failSetValue: config.failSetValue || {},
    /** 'false' or 'throw' makes every LMSCommit fail until reset to null. */
    failCommit: config.failCommit || null,
    /** 'false' makes LMSFinish fail and store nothing. */
    failFinish: config.failFinish || null,
    /** 'throw' or 'error' makes every LMSGetValue fail after LMSInitialize. */
    failGetValue: config.failGetValue || null,
  });
  var forcedError = null;
  if (!config.api) return;

  var inner = new window.Scorm12API({ autocommit: false, logLevel: 5, mastery_override: false, autoCompleteLessonStatus: false });
  inner.loadFromJSON(config.cmi);
  var snapshot = function () {
    return JSON.parse(JSON.stringify(inner.cmi));
  };
  lms.stored = snapshot();
  var record = function (name, args, result) {
    var count = Number(inner.LMSGetValue('cmi.interactions._count'));
    lms.calls.push({ name: name, args: args, result: String(result), count: count });
    return String(result);
  };
  var store = function (finished) {
    lms.stored = snapshot();
    lms.sent += 1;
    var body = JSON.stringify({ seq: lms.sent, finished: finished, cmi: lms.stored });
    navigator.sendBeacon(config.storeUrl, new Blob([body], { type: 'text/plain' }));
  };
  window.API = {
    LMSInitialize: function (p) { return record('LMSInitialize', [p], config.failInitialize ? 'false' : inner.LMSInitialize(p)); },
    LMSGetValue: function (e) {
      forcedError = null;
      if (lms.failGetValue === 'throw') throw new Error('LMS unavailable while reading ' + e);
      if (lms.failGetValue === 'error') {
        forcedError = '101';
        return record('LMSGetValue', [e], '');
      }
      return record('LMSGetValue', [e], inner.LMSGetValue(e));
    },
    LMSGetLastError: function () { return forcedError || String(inner.LMSGetLastError()); },
    LMSGetErrorString: function (c) { return String(inner.LMSGetErrorString(c)); },
    LMSGetDiagnostic: function (c) { return String(inner.LMSGetDiagnostic(c)); },
    LMSSetValue: function (e, v) {
      var fault = lms.failSetValue[e] || lms.failSetValue['*'];
      if (fault === 'throw') throw new Error('LMS unavailable while setting ' + e);
      if (fault === 'false') return record('LMSSetValue', [e, v], 'false');
      return record('LMSSetValue', [e, v], inner.LMSSetValue(e, v));
    },
    LMSCommit: function (p) {
      if (lms.failCommit === 'throw') throw new Error('LMS unreachable');
      if (lms.failCommit === 'false') return record('LMSCommit', [p], 'false');
      var result = String(inner.LMSCommit(p));
      if (result === 'true') store(false);
      return record('LMSCommit', [p], result);
    },
    LMSFinish: function (p) {
      if (lms.failFinish === 'false') return record('LMSFinish', [p], 'false');
      var result = String(inner.LMSFinish(p));
      if (result === 'true') store(true);
      return record('LMSFinish', [p], result);
    },
  };
})();
