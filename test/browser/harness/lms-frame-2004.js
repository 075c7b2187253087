/*
 * The SCORM 2004 LMS window of the browser tests: `window.API_1484_11`
 * (scorm-again's Scorm2004API, loaded before this script) framing the
 * course. Every call is recorded; what a Commit or Terminate stores is kept
 * as `lms.stored`, as lms-frame.js does for SCORM 1.2.
 */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('lms-config').textContent);
  var lms = (window.lms = { calls: [], stored: null });
  var inner = new window.Scorm2004API({ autocommit: false, logLevel: 5, mastery_override: false });
  inner.loadFromJSON(config.cmi);
  var store = function () {
    lms.stored = JSON.parse(JSON.stringify(inner.cmi));
  };
  store();
  var record = function (name, args, result) {
    lms.calls.push({ name: name, args: args, result: String(result), error: String(inner.GetLastError()) });
    return String(result);
  };
  var storing = function (name) {
    return function (p) {
      var result = String(inner[name](p));
      if (result === 'true') store();
      return record(name, [p], result);
    };
  };
  window.API_1484_11 = {
    Initialize: function (p) { return record('Initialize', [p], inner.Initialize(p)); },
    GetValue: function (e) { return record('GetValue', [e], inner.GetValue(e)); },
    SetValue: function (e, v) { return record('SetValue', [e, v], inner.SetValue(e, v)); },
    Commit: storing('Commit'),
    Terminate: storing('Terminate'),
    GetLastError: function () { return String(inner.GetLastError()); },
    GetErrorString: function (c) { return String(inner.GetErrorString(c)); },
    GetDiagnostic: function (c) { return String(inner.GetDiagnostic(c)); },
  };
})();
