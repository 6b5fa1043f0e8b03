// Skillbook's bridge to an LMS, in SCORM packages only (skillbook export
// scorm). It finds the LMS's API the standard way, restores the trainee's
// progress record from cmi.suspend_data before progress.js reads it (the
// LMS's record wins over this browser's), and reports completion, success,
// score, location and each quiz question to the LMS. Outside an LMS it does
// nothing but make folder links point at their index.html.
// The record's encoding in suspend_data is scorm-codec.js's.
(function (root) {
  "use strict";

  // ---- the LMS ----------------------------------------------------------
  var CALLS = {
    "1.2": { api: "API", init: "LMSInitialize", term: "LMSFinish", get: "LMSGetValue", set: "LMSSetValue",
      commit: "LMSCommit", err: "LMSGetLastError", text: "LMSGetErrorString", open: "101",
      quiet: { init: ["101"], get: ["401"], set: ["401"] } },
    "2004": { api: "API_1484_11", init: "Initialize", term: "Terminate", get: "GetValue", set: "SetValue",
      commit: "Commit", err: "GetLastError", text: "GetErrorString", open: "103",
      quiet: { init: ["103"], get: ["403"], set: [] } }
  };
  // quiet are the errors that are no failure: the session is open already
  // (open: the previous page of the package left it open), an element the
  // LMS does not implement (1.2: 401, e.g. interactions) or has no value
  // for yet (2004: 403).
  // FIELDS names the data model elements of each version.
  var FIELDS = {
    "1.2": { entry: "cmi.core.entry", location: "cmi.core.lesson_location", exit: "cmi.core.exit",
      session: "cmi.core.session_time", raw: "cmi.core.score.raw", min: "cmi.core.score.min", max: "cmi.core.score.max" },
    "2004": { entry: "cmi.entry", location: "cmi.location", exit: "cmi.exit", session: "cmi.session_time",
      raw: "cmi.score.raw", min: "cmi.score.min", max: "cmi.score.max", scaled: "cmi.score.scaled" }
  };
  var COMMIT_EVERY = 5000; // ms: at most one commit this often, and one on leaving

  // findAPI looks for the LMS's object in this window and up to seven
  // parents, then in the window that opened this one and its parents.
  function findIn(win, name) {
    for (var i = 0; win && i <= 7; i++) {
      try { if (win[name]) return win[name]; } catch (e) { return null; }
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }
  function findAPI(name) {
    var api = findIn(window, name);
    try { if (!api && window.opener) api = findIn(window.opener, name); } catch (e) { api = null; }
    return api || null;
  }

  // connect wraps the API: every call is checked, and an error goes to
  // onError with the LMS's code and text, never to the page.
  function connect(api, c, onError) {
    var last = "0";
    function check(method) {
      var code = "0";
      try { code = String(api[c.err]()); } catch (e) { code = "101"; }
      last = code;
      if (code === "0" || code === "" || (c.quiet[method] || []).indexOf(code) >= 0) return true;
      var text = "";
      try { text = String(api[c.text](code)); } catch (e) { text = ""; }
      onError(code, text);
      return false;
    }
    function call(method, args) {
      var res;
      try { res = api[c[method]].apply(api, args); } catch (e) { onError("101", String(e && e.message || e)); return ""; }
      return check(method) ? String(res === undefined || res === null ? "" : res) : "";
    }
    return {
      // init returns "new", "open" (a session the previous page left
      // open goes on) or "" when the LMS refuses.
      init: function () { return call("init", [""]) === "true" ? "new" : (last === c.open ? "open" : ""); },
      get: function (k) { return call("get", [k]); },
      set: function (k, v) { return call("set", [k, String(v)]) === "true"; },
      commit: function () { return call("commit", [""]); },
      term: function () { return call("term", [""]); }
    };
  }

  function pad(n, w) { return ("0000" + n).slice(-(w || 2)); }
  // duration formats milliseconds as the version's time span.
  function duration(version, ms) {
    var cs = Math.round(ms / 10), h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, sec = (cs % 6000) / 100;
    if (version === "1.2") return pad(h, 4) + ":" + pad(m) + ":" + (sec < 10 ? "0" : "") + sec.toFixed(2);
    return "PT" + h + "H" + m + "M" + sec.toFixed(2) + "S";
  }
  function timestamp(version, d) {
    var time = pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds());
    return version === "1.2" ? time : d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + "T" + time;
  }

  function bridge(SB, script) {
    var version = script && script.getAttribute("data-scorm") === "2004" ? "2004" : "1.2";
    var api = findAPI(CALLS[version].api);
    if (!api) return;
    var notice = noticeShower(script ? script.getAttribute("data-error") || "" : "", SB);
    var lms = connect(api, CALLS[version], notice), opened = lms.init();
    if (!opened) return;
    var session = new Session(SB, lms, version, opened === "new");
    session.restore();
    if (opened === "new") session.resume();
    watchLinks(SB, session);
    document.addEventListener("skillbook:quiz", function (e) { session.quiz(e.detail); });
    document.addEventListener("click", function (e) {
      var form = e.target.closest && e.target.closest(".quiz-retry") && e.target.closest("form.quiz");
      if (form) session.started[form.getAttribute("data-quiz")] = Date.now();
    });
    document.addEventListener("DOMContentLoaded", function () { setTimeout(function () { session.report(); }, 0); });
    var timer = setInterval(function () { session.report(); }, 1000);
    var leave = function () { clearInterval(timer); session.finish(); };
    window.addEventListener("pagehide", leave);
    // A page kept in the back-forward cache has ended its session: load it anew.
    window.addEventListener("pageshow", function (e) { if (e.persisted) location.reload(); });
    SB.scorm = session;
  }

  // watchLinks notes when the trainee is about to go to another page of
  // the package (a link, a form, Enter in the search box): then the page
  // leaves the session open for the next one, since an LMS may refuse a
  // second Initialize after Terminate (Moodle's SCORM 2004 runtime does).
  // Leaving the package any other way ends the session.
  function watchLinks(SB, session) {
    var root = SB.root.href, here = location.href.split("#")[0];
    function stay() {
      session.staying = true;
      setTimeout(function () { session.staying = false; }, 10000);
    }
    document.addEventListener("click", function (e) {
      var a = e.target.closest && e.target.closest("a[href]");
      if (!a || a.target || e.ctrlKey || e.metaKey || e.shiftKey) return;
      var to = a.href.split("#")[0];
      if (to.indexOf(root) === 0 && to !== here) stay();
    }, true);
    document.addEventListener("submit", function (e) { if (!e.target.closest("form.quiz")) stay(); }, true);
    document.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && e.target.closest && e.target.closest(".site-search")) stay();
    }, true);
  }

  // noticeShower shows an LMS error on the page, with its code and text.
  function noticeShower(label, SB) {
    return function (code, text) {
      var show = function () {
        var n = document.querySelector(".scorm-notice");
        if (!n) {
          n = document.createElement("p");
          n.className = "scorm-notice";
          n.setAttribute("role", "alert");
          var main = document.querySelector("main") || document.body;
          main.insertBefore(n, main.firstChild);
        }
        n.textContent = SB.fill ? SB.fill(label, code, text || "?") : label + " " + code + " " + text;
        n.hidden = false;
      };
      if (document.body) show(); else document.addEventListener("DOMContentLoaded", show);
    };
  }

  // Session is this page's time with the LMS: it restores the record and
  // reports what the record says, committing now and then.
  function Session(SB, lms, version, fresh) {
    this.SB = SB;
    // The package's one course, whole: its script is loaded with the page's.
    this.outline = SB.outline && SB.outline.loaded ? SB.outline.loaded() : null;
    this.lms = lms;
    this.version = version;
    this.f = FIELDS[version];
    this.start = Date.now();
    this.sessionStart = sessionStart(fresh, this.start);
    this.staying = false;
    this.started = {};
    this.sent = {};
    this.dirty = false;
    this.lastCommit = 0;
    this.done = false;
    var meta = document.querySelector('meta[name="skillbook-site"]');
    this.key = "skillbook:" + (meta ? meta.content : ""); // progress.js's localStorage key
    this.rule = meta ? meta.getAttribute("data-mastery") : "";
  }

  // sessionStart is when the LMS session began: now for a new one, else as
  // the page that opened it noted.
  function sessionStart(fresh, now) {
    var key = "skillbook:scorm-session-start";
    try {
      if (fresh) sessionStorage.setItem(key, String(now));
      return Number(sessionStorage.getItem(key)) || now;
    } catch (e) {
      return now;
    }
  }

  // restore puts the LMS's record where progress.js reads it, before it
  // runs: the LMS's record wins. What this browser had is set aside, not
  // deleted, when the LMS's record lacks some of it.
  Session.prototype.restore = function () {
    var outline = this.outline, codec = this.SB.scormCodec, data = this.lms.get("cmi.suspend_data"), storage = null;
    if (!outline || !codec) return;
    try { storage = window.localStorage; } catch (e) { return; }
    var rec = data ? codec.decode(data, outline) : null;
    if (data && !rec) return; // made for other content: this browser's record stands
    var local = storage.getItem(this.key);
    try {
      if (local && !same(codec, local, data, outline)) storage.setItem(this.key + ":set-aside:" + Date.now(), local);
      storage.setItem(this.key, JSON.stringify(rec || this.SB.progressCore.empty()));
    } catch (e) { /* full or blocked: progress.js says so */ }
  };
  // same says whether this browser's record is what suspend_data holds.
  function same(codec, local, data, outline) {
    if (!data) return false;
    try {
      return codec.encode(JSON.parse(local), outline, codec.writtenAt(data)) === data;
    } catch (e) { return false; }
  }

  // resume opens the page the trainee left, when the LMS launches the
  // course again (a new session, on the course's page).
  Session.prototype.resume = function () {
    if (this.lms.get(this.f.entry) !== "resume") return;
    var loc = this.lms.get(this.f.location);
    var page = this.here().split("?")[0], launch = this.outline && this.outline.courses[0];
    if (!loc || loc === page || !launch || page !== launch.url) return;
    this.staying = true;
    location.replace(this.SB.href(loc));
  };

  // here is this page's URL relative to the package root, as the outline
  // gives URLs.
  Session.prototype.here = function () {
    var root = this.SB.root.href, u = location.href.split("#")[0];
    if (u.indexOf(root) !== 0) return "";
    return u.slice(root.length).replace(/index\.html(\?|$)/, "$1");
  };

  // state works out what the LMS is told, from the record.
  Session.prototype.state = function (r) {
    var SB = this.SB, core = SB.progressCore, course = this.outline.courses[0], rule = this.rule, skills = [];
    course.chapters.forEach(function (ch) { skills = skills.concat(ch.skills); });
    var mastered = skills.filter(function (s) { return core.mastered(r, s.id, s.keypointIds, rule, s.quizzes); }).length;
    var quizzes = this.outline.quizzes.filter(function (q) { return !q.drill && q.course === course.id; });
    var tried = 0, passed = 0, sum = 0;
    quizzes.forEach(function (q) {
      var rq = r.quizzes[q.id];
      if (!rq) return;
      tried++;
      if (rq.passed) passed++;
      sum += rq.best || 0;
    });
    var st = { completion: skills.length && mastered === skills.length ? "completed" : "incomplete", success: "unknown",
      progress: skills.length ? mastered / skills.length : 0, score: tried ? sum / quizzes.length : null };
    if (quizzes.length && passed === quizzes.length) st.success = "passed";
    else if (quizzes.length && tried === quizzes.length) st.success = "failed";
    return st;
  };

  // values lists the data model elements and their values for a state.
  Session.prototype.values = function (st, r) {
    var f = this.f, v = {};
    v[f.location] = this.here();
    v["cmi.suspend_data"] = this.SB.scormCodec.encode(r, this.outline, Date.now());
    if (st.score !== null) {
      v[f.min] = "0";
      v[f.max] = "100";
      v[f.raw] = String(Math.round(st.score * 100));
      if (f.scaled) v[f.scaled] = String(Math.round(st.score * 10000) / 10000);
    }
    if (this.version === "1.2") {
      v["cmi.core.lesson_status"] = st.completion === "completed" ? (st.success === "unknown" ? "completed" : st.success) : "incomplete";
    } else {
      v["cmi.completion_status"] = st.completion;
      v["cmi.success_status"] = st.success;
      v["cmi.progress_measure"] = String(Math.round(st.progress * 10000) / 10000);
    }
    return v;
  };

  // report sends what changed since the last report and commits when the
  // last commit is old enough.
  Session.prototype.report = function (force) {
    var r = this.SB.progress && this.SB.progress.record();
    if (!r || !this.outline || this.done) return;
    var v = this.values(this.state(r), r), self = this;
    if (v[this.f.location].length > 255) delete v[this.f.location];
    Object.keys(v).forEach(function (k) {
      if (self.sent[k] === v[k]) return;
      self.lms.set(k, v[k]);
      self.sent[k] = v[k];
      self.dirty = true;
    });
    if (this.dirty && (force || Date.now() - this.lastCommit >= COMMIT_EVERY)) {
      this.lms.commit();
      this.dirty = false;
      this.lastCommit = Date.now();
    }
  };

  // quiz reports each answered question of a checked quiz as an
  // interaction; progress.js records the attempt, then the state follows.
  Session.prototype.quiz = function (d) {
    var form = document.querySelector('form.quiz[data-quiz="' + CSS.escape(d.quiz) + '"]'), self = this;
    var now = Date.now(), latency = now - (this.started[d.quiz] || this.start);
    this.started[d.quiz] = now;
    if (form) {
      form.querySelectorAll("fieldset.question[data-q]").forEach(function (el) {
        self.interaction(d, el, latency, new Date(now));
      });
    }
    setTimeout(function () { self.report(true); }, 0);
  };

  var TYPES = { single: "choice", multiple: "choice", truefalse: "true-false", fill: "fill-in", order: "sequencing", match: "matching" };

  Session.prototype.interaction = function (d, el, latency, when) {
    var v12 = this.version === "1.2", type = el.getAttribute("data-type"), response = learnerResponse(type, el, v12);
    if (response === "" || !TYPES[type]) return;
    var n = Number(this.lms.get("cmi.interactions._count")) || 0, p = "cmi.interactions." + n + ".";
    var right = d.missed.indexOf(el.getAttribute("data-q")) < 0;
    this.lms.set(p + "id", identifier(d.quiz + "/" + el.getAttribute("data-q")));
    this.lms.set(p + "type", TYPES[type]);
    this.lms.set(p + (v12 ? "student_response" : "learner_response"), response);
    this.lms.set(p + "result", right ? "correct" : (v12 ? "wrong" : "incorrect"));
    this.lms.set(p + "latency", duration(this.version, latency));
    this.lms.set(p + (v12 ? "time" : "timestamp"), timestamp(this.version, when));
    this.dirty = true;
  };

  // identifier makes an id the data model accepts: URI characters only.
  function identifier(s) {
    return encodeURIComponent(s).replace(/~/g, "%7E").slice(0, 250);
  }

  // learnerResponse reads what the trainee answered from the question's
  // form fields, in the version's format; "" when nothing was answered.
  function learnerResponse(type, el, v12) {
    var sep = v12 ? "," : "[,]", vals = [];
    if (type === "single" || type === "multiple" || type === "truefalse") {
      el.querySelectorAll("input:checked").forEach(function (i) { vals.push(i.value); });
      if (type === "truefalse" && v12) vals = vals.map(function (x) { return x === "true" ? "t" : "f"; });
    } else if (type === "fill") {
      var any = false;
      el.querySelectorAll("input.blank").forEach(function (i) { any = any || i.value.trim() !== ""; vals.push(i.value.trim().replace(/\[[,.]\]|,/g, " ")); });
      if (!any) return "";
    } else if (type === "order") {
      el.querySelectorAll("li[data-id]").forEach(function (li) { vals.push(li.getAttribute("data-id")); });
    } else if (type === "match") {
      el.querySelectorAll("select[data-left]").forEach(function (s) { if (s.value) vals.push(s.getAttribute("data-left") + (v12 ? "." : "[.]") + s.value); });
    }
    return vals.join(sep);
  }

  // finish reports once more and marks the session suspended (so that
  // the next launch resumes it); it ends the session unless the trainee is
  // going to another page of the package.
  Session.prototype.finish = function () {
    if (this.done) return;
    this.report(true);
    this.done = true;
    this.lms.set(this.f.exit, "suspend");
    this.lms.set(this.f.session, duration(this.version, Date.now() - this.sessionStart));
    this.lms.commit();
    if (!this.staying) this.lms.term();
  };

  var SB = (root.Skillbook = root.Skillbook || {});
  SB.folderIndex = true;
  bridge(SB, document.currentScript);
})(window);
