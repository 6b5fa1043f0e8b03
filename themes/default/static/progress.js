// Skillbook progress: what this trainee has read and ticked, kept in this
// browser's localStorage under the site's id (rules in progress-core.js). A
// damaged or newer record is set aside, never deleted, with a notice;
// without storage the pages work and say that progress is not being saved.
(function () {
  "use strict";
  var SB = window.Skillbook || {}, core = SB.progressCore;
  if (!core) return;
  var meta = document.querySelector('meta[name="skillbook-site"]');
  var key = "skillbook:" + (meta ? meta.content : "");
  var storage = null, notice = "";
  try {
    storage = window.localStorage;
    storage.setItem(key + ":probe", "1");
    storage.removeItem(key + ":probe");
  } catch (e) {
    storage = null;
    notice = "unsaved";
  }

  var seen = null; // the stored record as this page last read or wrote it
  function load() {
    var raw = seen = storage && storage.getItem(key);
    if (!raw) return core.empty();
    var rec = null;
    try { rec = core.upgrade(JSON.parse(raw)); } catch (e) { rec = null; }
    if (rec) return rec;
    try { storage.setItem(key + ":set-aside:" + Date.now(), raw); } catch (e) { /* full: go on */ }
    notice = "reset";
    return core.empty();
  }
  var record = load();
  function save() {
    if (!storage) return;
    try { storage.setItem(key, seen = JSON.stringify(record)); } catch (e) { notice = "unsaved"; showNotice(); }
  }
  // A page the browser kept in its back-forward cache comes back as it was
  // left: when the record changed since (on the pages visited after it),
  // it is loaded anew, so that it shows the progress made there.
  window.addEventListener("pageshow", function (e) {
    if (e.persisted && storage && storage.getItem(key) !== seen) location.reload();
  });

  // The outline (Skillbook.outline, on the pages that need it) maps skill
  // ids to their key point ids; what refers to skill points and quizzes it
  // no longer has is shelved, and comes back with them or to those that
  // took their place (core.shelve); then ticks follow key points whose
  // wording changed (carry), and those of key points gone are dropped.
  // Only the courses this record refers to are loaded (the others come as
  // summaries, chapters null): every id the record holds is in them or in
  // no course.
  var outline = null, skills = {}, quizzes = {};
  function useOutline(o) {
    outline = o;
    var aliases = {}; // an old address of a skill point (front matter aliases:) to its id
    eachSkill(function (s) {
      skills[s.id] = s.keypointIds;
      (s.aliases || []).forEach(function (a) { aliases[a] = s.id; });
    });
    outline.quizzes.forEach(function (q) { quizzes[q.id] = q; });
    var back = core.shelve(record, skills, quizzes, aliases);
    eachSkill(function (s) {
      if (record.ticks[s.id] || record.kps[s.id]) {
        core.carry(record, s.id, s.keypointIds.map(function (id, i) { return { id: id, text: s.keypoints[i] }; }));
      }
    });
    core.prune(record, skills, quizzes);
    var before = Object.keys(record.newSkills).length;
    outline.courses.forEach(function (c) {
      if (!c.chapters) return; // not begun: its skill points are not loaded
      var ids = [];
      c.chapters.forEach(function (ch) { ch.skills.forEach(function (s) { ids.push(s.id); }); });
      core.noteNewSkills(record, c.id, ids, Date.now());
    });
    save();
    if (!back.length && Object.keys(record.newSkills).length === before) return;
    lists(); // what came back from the attic: a page renamed, say, shows its progress again
    quizBests();
    if (currentPage) drawTicks(currentPage, document.querySelector("article.skill[data-id]"));
  }
  function touchedCourses(r) {
    var ids = Object.keys(r.read).concat(Object.keys(r.ticks), Object.keys(r.kps), Object.keys(r.opened), Object.keys(r.quizzes), r.last ? [r.last.id] : [],
      Object.keys(r.attic.skills), Object.keys(r.attic.quizzes),
      Object.keys(r.review).map(function (card) { return card.split(" ")[0]; }));
    return ids.map(SB.outline.courseOf);
  }
  function eachSkill(fn) {
    outline.courses.forEach(function (c) { (c.chapters || []).forEach(function (ch) { ch.skills.forEach(function (s) { fn(s, ch, c); }); }); });
  }
  var href = SB.href;
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  var fill = SB.fill;
  var rule = meta ? meta.getAttribute("data-mastery") : "";
  function mastered(id, kps, qs) { return core.mastered(record, id, kps, rule, qs); }
  // skillSteps is what an outline's skill point still needs (core.steps).
  function skillSteps(s) { return core.steps(record, s.id, s.keypointIds, rule, s.quizzes); }
  function bar(done, total, label) {
    var d = el("div", "", { "class": "progress" }), p = el("progress", "", { max: "1", value: String(total ? done / total : 0) });
    p.setAttribute("aria-label", fill(label, done, total));
    d.appendChild(p);
    d.appendChild(el("span", fill(label, done, total), { "class": "progress-text" }));
    return d;
  }

  // The notice is drawn at the top of the page's main part when there is
  // something to say (pages made before it was drawn here carry it hidden).
  function showNotice() {
    var n = document.querySelector(".progress-notice"), main = document.getElementById("main");
    if (!notice || !n && !main) return;
    if (!n) n = main.insertBefore(el("p", "", { "class": "progress-notice", role: "status" }), main.firstChild);
    n.textContent = notice === "unsaved" ? SB.label(n, "data-unsaved", "progress_unsaved") : SB.label(n, "data-reset", "progress_corrupt");
    n.hidden = false;
  }

  var currentPage = null; // the skill point this page shows, if any

  // A skill point keeps its ticks; reaching the end of its text (the
  // mastery panel's top on screen: readEnd) reads it.
  function skillPage() {
    var article = document.querySelector("article.skill[data-id]");
    if (!article) return;
    var page = skillData(article), id = page.id;
    currentPage = page;
    record.last = { id: id, url: page.url, title: page.title, time: Date.now() };
    record.opened[id] = record.opened[id] || Date.now();
    core.carry(record, id, page.keypoints);
    core.pruneSkill(record, id, page.keypoints.map(function (k) { return k.id; }));
    save();
    document.querySelectorAll(".keypoints input[data-kp]").forEach(function (box) {
      box.addEventListener("change", function () {
        var t = record.ticks[id] || (record.ticks[id] = {});
        t[box.dataset.kp] = box.checked ? Date.now() : -Date.now();
        if (box.checked) core.learnedFresh(record, id, box.dataset.kp);
        save();
        masteryPanel(page);
        tickCount(page, article);
      });
    });
    drawMastery(page, article);
    drawTicks(page, article);
    markNew(article, id);
    var read = function () { if (!record.read[id]) { record.read[id] = Date.now(); save(); masteryPanel(page); } };
    if (!("IntersectionObserver" in window)) { read(); return; }
    watchReading(readEnd(article), read);
  }

  // inheriting reports a skill point, or a quiz, that this page shows and
  // that may have taken the place of one the record holds (a file renamed:
  // core.mayInherit, core.mayInheritQuiz); the outline, which such a page
  // does not load, tells.
  function inheriting() {
    return !!currentPage && core.mayInherit(record, currentPage.id, currentPage.keypoints.map(function (k) { return k.id; }), currentPage.aliases) ||
      pageQuizzes().some(function (q) { return core.mayInheritQuiz(record, q.id, q.title); });
  }
  // pageQuizzes are the quizzes this page names, {id, title}: a skill
  // point's that its mastery needs, and those it holds.
  function pageQuizzes() {
    var out = currentPage ? currentPage.quizLinks.map(function (q) { return { id: q[0], title: q[1] }; }) : [];
    document.querySelectorAll("script.quiz-data").forEach(function (s) {
      try { var d = JSON.parse(s.textContent); out.push({ id: d.id, title: d.title }); } catch (e) { /* not one: none */ }
    });
    return out;
  }

  // markNew marks the key points added since the trainee last worked on
  // the page (record.fresh, noted by core.carry here or on a page with the
  // outline) until they tick them: a skill point mastered before has one
  // more to learn, and it says which, also to one who left the page before
  // its key points came on screen.
  function markNew(article, id) {
    var fresh = record.fresh[id] || [];
    article.querySelectorAll(".keypoints input[data-kp]").forEach(function (box) {
      if (fresh.indexOf(box.dataset.kp) < 0 || core.ticked(record, id, box.dataset.kp)) return;
      var mark = box.parentNode.appendChild(el("span", SB.label(null, "", "kp_new"), { "class": "kp-new" }));
      box.addEventListener("change", function () { mark.hidden = box.checked; });
    });
  }

  // drawTicks shows the record's ticks in the page's boxes, and what
  // counts them.
  function drawTicks(page, article) {
    article.querySelectorAll(".keypoints input[data-kp]").forEach(function (box) { box.checked = core.ticked(record, page.id, box.dataset.kp); });
    masteryPanel(page);
    tickCount(page, article);
  }

  // watchReading calls read once the page's end comes on screen as the
  // trainee reads down to it. A jump that brings it there at once — a
  // link to a place in the page (去勾选牢记要点) or the page opened at one —
  // is not reading: the end counts once it has left the screen and come
  // back, or at once when the whole page fits on the screen. A jump
  // elsewhere in the page changes nothing.
  // JUMP_MS is how long after a jump the end coming on screen is the
  // jump's doing.
  var JUMP_MS = 1500;
  function watchReading(end, read) {
    var jumpedAt = location.hash ? Date.now() : -Infinity;
    document.addEventListener("click", function (e) {
      if (e.target.closest && e.target.closest('a[href^="#"]')) jumpedAt = Date.now();
    });
    window.addEventListener("hashchange", function () { jumpedAt = Date.now(); });
    new IntersectionObserver(function (entries, obs) {
      var fits = document.documentElement.scrollHeight <= window.innerHeight + 1;
      entries.forEach(function (e) {
        if (!e.isIntersecting) jumpedAt = -Infinity;
        else if (fits || Date.now() - jumpedAt > JUMP_MS) { read(); obs.disconnect(); }
      });
    }).observe(end);
  }
  // readEnd is what, once on screen, makes the page read: the mastery
  // panel, which follows the text, so that a trainee who scrolled down to
  // the key points at the end has read it though the pager is off screen.
  function readEnd(article) {
    return document.querySelector("section.mastery") || article.lastElementChild || article;
  }

  // skillData is what the page says of its skill point: {id, title, url,
  // keypoints, quizzes, quizLinks}. Its id, title and URL are the page's;
  // the JSON element (skillbook-page) lists the quizzes its mastery needs,
  // each as [id, title, URL from the site's root].
  function skillData(article) {
    var data = document.getElementById("skillbook-page"), raw = data ? JSON.parse(data.textContent) : {};
    var h1 = article.querySelector("h1"), links = raw.quizzes || [];
    return { id: article.dataset.id, title: h1 ? h1.textContent.trim() : document.title, url: SB.here(), aliases: raw.aliases || [],
      keypoints: checklist(), quizzes: links.map(function (q) { return q[0]; }), quizLinks: links.filter(function (q) { return q.length > 1; }) };
  }

  // checklist is the skill point's key points, [{id, text}], as its
  // checklist shows them.
  function checklist() {
    return [].map.call(document.querySelectorAll(".keypoints input[data-kp]"), function (box) {
      var text = box.parentNode.querySelector("span");
      return { id: box.dataset.kp, text: (text || box.parentNode).textContent.trim() };
    });
  }

  // The key points' heading counts the ticked ones.
  function tickCount(page, article) {
    var h = document.querySelector(".keypoints h2"), label = SB.label(article, "data-ticked", "ticked_n");
    if (!h || !label) return;
    var out = h.querySelector(".kp-count") || h.appendChild(el("span", "", { "class": "kp-count" }));
    var ticks = page.keypoints.filter(function (k) { return core.ticked(record, page.id, k.id); }).length;
    out.textContent = fill(label, ticks, page.keypoints.length);
    h.parentNode.classList.toggle("is-complete", ticks === page.keypoints.length);
  }

  // drawMastery adds the panel that masteryPanel keeps up to date to the
  // end of the skill point, one line per requirement of the site's rule
  // (it does nothing without scripts, so the page does not carry it).
  function drawMastery(page, article) {
    if (document.querySelector("section.mastery")) return;
    var L = SB.labels || {}, needs = words(rule);
    var panel = el("section", "", { "class": "mastery", "aria-labelledby": "mastery-title" });
    panel.appendChild(el("h2", L.mastery_needs, { id: "mastery-title" }));
    var ul = panel.appendChild(el("ul", "", { "class": "mastery-steps" }));
    // step adds a requirement: its mark, its text (a link when href is
    // given) and, after it, a span of class after; a quiz's state (去做测验)
    // is part of its link.
    function step(need, text, href, after) {
      var li = ul.appendChild(el("li", "", { "data-need": need }));
      li.appendChild(el("span", "○", { "class": "mastery-mark", "aria-hidden": "true" }));
      li.appendChild(document.createTextNode(" "));
      var link = href && li.appendChild(el("a", text, { href: href }));
      if (!link) li.appendChild(document.createTextNode(text));
      var host = need === "quiz" ? link : li;
      if (after) { host.appendChild(document.createTextNode(" ")); host.appendChild(el("span", "", { "class": after })); }
      return li;
    }
    if (needs.indexOf("read") >= 0) step("read", L.mastery_read);
    var kpHeading = document.querySelector(".keypoints h2[id]");
    if (needs.indexOf("keypoints") >= 0 && page.keypoints.length) step("keypoints", L.mastery_keypoints, "#" + (kpHeading ? kpHeading.id : "main"), "mastery-count");
    if (needs.indexOf("quizzes") >= 0) {
      page.quizLinks.forEach(function (q) {
        var li = step("quiz", q[1], href(q[2]), "mastery-state");
        li.setAttribute("data-quiz", q[0]);
        if (q[3]) li.setAttribute("data-version", q[3]);
      });
    }
    var ruleText = page.keypoints.length ? (page.quizzes.length ? "mastery_rule_text" : "mastery_rule_no_quizzes") :
      page.quizzes.length ? "mastery_rule_no_keypoints" : "mastery_rule_no_keypoints_quizzes"; // the rule as it bears on this skill point
    panel.appendChild(el("p", L[ruleText], { "class": "mastery-rule" }));
    article.appendChild(panel);
  }

  // passedNow reports a quiz passed at its present version (a pass before
  // it changed counts for mastery, and is called so: 更新前已通过).
  function passedNow(quiz, version) {
    var s = core.standing(record.quizzes[quiz], version);
    return s.passed && !s.before;
  }

  // The panel at the end of a skill point says what its mastery still
  // needs: read, key points ticked (n / m), each quiz passed.
  function masteryPanel(page) {
    var panel = document.querySelector("section.mastery");
    if (!panel) return;
    var kps = page.keypoints.map(function (k) { return k.id; }), id = page.id;
    var ticks = kps.filter(function (kp) { return core.ticked(record, id, kp); }).length;
    panel.querySelectorAll("li[data-need]").forEach(function (li) {
      var need = li.dataset.need, done = need === "read" ? !!record.read[id] : need === "keypoints" ? ticks === kps.length : core.passed(record, li.dataset.quiz);
      li.classList.toggle("is-done", done);
      li.querySelector(".mastery-mark").textContent = done ? "✓" : "○";
      if (need === "keypoints") li.querySelector(".mastery-count").textContent = ticks + " / " + kps.length;
      if (need === "quiz") li.querySelector(".mastery-state").textContent = !done ? SB.label(panel, "data-todo", "mastery_quiz_todo") :
        passedNow(li.dataset.quiz, li.dataset.version) ? SB.label(panel, "data-passed", "mastery_quiz_passed") : SB.label(null, "", "mastery_quiz_passed_before");
    });
    var all = mastered(id, kps, page.quizzes);
    panel.classList.toggle("is-mastered", all);
    panel.querySelector("h2").textContent = all ? SB.label(panel, "data-done", "mastery_done") : SB.label(panel, "data-needs", "mastery_needs");
  }

  // A chapter's last skill point leads to the chapter's quiz until it is
  // passed, then to the next chapter.
  function pager() {
    var next = document.querySelector(".pager a[data-quiz]");
    if (!next || !core.passed(record, next.dataset.quiz)) return;
    if (!next.dataset.afterHref) { next.remove(); return; }
    next.href = SB.href(new URL(next.dataset.afterHref, location.href).href);
    next.lastChild.textContent = " " + next.dataset.afterTitle;
    next.querySelector("span").textContent = next.dataset.afterLabel;
  }

  function words(s) { return (s || "").split(" ").filter(Boolean); }
  // A list's skill point (a .skill-item or a link of the course contents)
  // has its id in data-id, or else in its link, and the print of its key
  // points in data-kps (the ids themselves in themes made before them).
  function itemId(e) { return e.dataset.id || SB.idOf(e.tagName === "A" ? e : e.querySelector("a")); }
  // allTicked reports a listed skill point whose key points are all ticked.
  function allTicked(e) {
    var print = e.dataset.kps || "";
    return /^kp-/.test(print) ? words(print).every(function (kp) { return core.ticked(record, itemId(e), kp); }) : !!core.tickedAll(record, itemId(e), print);
  }
  function masteredItem(e) {
    var id = itemId(e), print = e.dataset.kps || "";
    var kps = /^kp-/.test(print) ? words(print) : core.tickedAll(record, id, print);
    if (!kps && (rule || "keypoints").indexOf("keypoints") >= 0) return false;
    return mastered(id, kps || [], words(e.dataset.quizzes));
  }

  // state is a skill point's mastery state: unread, reading (opened or
  // read), ticked (a key point ticked) or mastered.
  function state(e) {
    var id = itemId(e), t = record.ticks[id] || {};
    if (masteredItem(e)) return "mastered";
    if (Object.keys(t).some(function (k) { return t[k] > 0; })) return "ticked";
    return record.opened[id] || record.read[id] ? "reading" : "unread";
  }

  // shownState is the state a list says a skill point is in: reading is
  // read (已读完) once the trainee read it to its end.
  function shownState(e, st) { return st === "reading" && record.read[itemId(e)] ? "read" : st; }
  // stateName is the text of a mastery state: the data-state-* labels of
  // a page that has them (as pages before labels.js had), else labels.js's.
  function stateName(st) {
    return SB.label(document.querySelector("[data-state-unread]"), "data-state-" + st, "state_" + st);
  }
  // progressLabel is the text of a count of mastered skill points.
  function progressLabel() { return SB.label(document.querySelector(".progress-notice[data-label]"), "data-label", "progress_label"); }

  // Lists mark each skill point's state, as an icon (CSS) and its text;
  // course and chapter pages count the mastered ones.
  function lists() {
    document.querySelectorAll(".skill-item[data-kps], .course-nav a[data-kps]").forEach(function (e) {
      var st = state(e), text = e.querySelector(".state-text");
      e.classList.toggle("mastered", st === "mastered");
      e.setAttribute("data-state", st);
      if (!text) {
        text = el("span", "", { "class": "state-text visually-hidden" });
        (e.tagName === "A" ? e : e.firstElementChild).appendChild(text);
      }
      text.textContent = "（" + (st === "ticked" && allTicked(e) ? SB.label(null, "", "state_ticked_all") : stateName(shownState(e, st))) + "）";
      newMark(e);
      if (e.tagName !== "A") itemProgress(e, st);
    });
    chapterCounts();
    var b = document.querySelector(".progress[data-label]"), items = document.querySelectorAll(".skill-item[data-kps]");
    if (!b || !items.length) return;
    var done = [].filter.call(items, masteredItem).length;
    var fresh = bar(done, items.length, b.dataset.label);
    fresh.setAttribute("data-label", b.dataset.label);
    b.replaceWith(fresh);
  }

  // A listed skill point says, after its count of key points, how far the
  // trainee got: mastered, key points ticked (n / m), or reading.
  function itemProgress(e, st) {
    var count = e.querySelector(".count"), t = record.ticks[itemId(e)] || {};
    if (!count) return;
    var out = count.querySelector(".skill-progress") || count.appendChild(el("span", "", { "class": "skill-progress" }));
    var total = +(/\d+/.exec(count.firstChild.nodeValue) || [0])[0];
    var n = Math.min(Object.keys(t).filter(function (k) { return t[k] > 0; }).length, total || Infinity);
    var text = st === "mastered" || st === "reading" ? stateName(shownState(e, st)) : n ? fill((SB.labels || {}).ticked_n || "", n, total) : "";
    out.textContent = text && " · " + text;
  }

  // A course page's chapters say how many of their skill points are
  // mastered, beside their titles.
  function chapterCounts() {
    document.querySelectorAll("section.chapter").forEach(function (sec) {
      var items = sec.querySelectorAll(".skill-item[data-kps]"), h = sec.querySelector("h2");
      if (!items.length || !h) return;
      var out = h.querySelector(".chapter-count") || h.appendChild(el("span", "", { "class": "chapter-count" }));
      out.textContent = fill(progressLabel(), [].filter.call(items, masteredItem).length, items.length);
    });
  }

  // Quiz lists, and each quiz above its questions, show its best score:
  // at the quiz's version (data-version) when it changed since, or before
  // it changed when not taken since (core.standing).
  function quizBests() {
    document.querySelectorAll(".quiz-item[data-quiz], .quiz-meta[data-quiz], .chapter-practice [data-quiz]").forEach(function (e) {
      var q = record.quizzes[e.dataset.quiz], out = e.querySelector(".quiz-best");
      if (!q || !out) return;
      var s = core.standing(q, e.getAttribute("data-version")), pct = function (x) { return Math.round(x * 100); };
      var passedBefore = function (p) { return p ? SB.label(null, "", "quiz_passed_before") : ""; }, text;
      if (s.before) text = fill(SB.label(null, "", "quiz_best_before"), pct(s.best)) + passedBefore(s.passed);
      else {
        text = fill(SB.label(out, "data-label", "quiz_best"), pct(s.best)) + (s.passed ? " · " + SB.label(out, "data-passed", "quiz_passed") : "");
        if (s.earlier) text += " · " + fill(SB.label(null, "", "quiz_before"), pct(s.earlier.best)) + passedBefore(s.earlier.passed);
      }
      out.textContent = text;
      out.classList.toggle("is-passed", s.passed && !s.before);
    });
    document.querySelectorAll("form.quiz[data-version]").forEach(quizChanges);
  }
  // quizChanges says, above a quiz's questions, that it changed since the
  // trainee last took it, and marks the questions added (新题) and changed
  // (已修改) since (core.changes).
  function quizChanges(form) {
    var now = {}, fieldsets = {};
    form.querySelectorAll("fieldset.question[data-v]").forEach(function (f) { now[f.dataset.q] = f.dataset.v; fieldsets[f.dataset.q] = f; });
    var c = core.changes(record.quizzes[form.dataset.quiz], form.dataset.version, now), meta = form.querySelector(".quiz-meta");
    form.querySelectorAll(".quiz-changed, .q-changed-mark").forEach(function (e) { e.remove(); });
    if (!c || !meta) return;
    var parts = [];
    if (c.added.length) parts.push(fill(SB.label(null, "", "quiz_added_n"), c.added.length));
    if (c.changed.length) parts.push(fill(SB.label(null, "", "quiz_changed_n"), c.changed.length));
    if (c.removed.length) parts.push(fill(SB.label(null, "", "quiz_removed_n"), c.removed.length));
    if (!parts.length) return;
    meta.parentNode.insertBefore(el("p", fill(SB.label(null, "", "quiz_changed"), parts.join(SB.label(null, "", "list_sep"))), { "class": "quiz-changed" }), meta.nextSibling);
    [[c.added, "q_new"], [c.changed, "q_changed"]].forEach(function (m) {
      m[0].forEach(function (id) {
        var legend = fieldsets[id].querySelector("legend");
        if (legend) legend.appendChild(el("span", SB.label(null, "", m[1]), { "class": "q-changed-mark" }));
      });
    });
  }

  // lastWrong says, above a quiz taken before, its last score and which
  // questions that attempt got wrong, linked and marked 上次答错, so that
  // a trainee coming back sees what to look at again (the answers given
  // are not kept; the questions are). Shown as the page opens, until the
  // quiz is checked again.
  function lastWrong(form) {
    var q = record.quizzes[form.dataset.quiz], a = q && q.attempts[q.attempts.length - 1], meta = form.querySelector(".quiz-meta");
    if (!a || !meta || form.querySelector(".quiz-last")) return;
    var p = el("p", fill(SB.label(null, "", "quiz_last"), a.score, a.total, a.total ? Math.round(a.score * 100 / a.total) : 0), { "class": "quiz-last" });
    var wrong = a.missed.map(function (id) { return form.querySelector('fieldset.question[data-q="' + CSS.escape(id) + '"]'); }).filter(Boolean);
    if (wrong.length) p.appendChild(document.createTextNode(SB.label(null, "", "quiz_last_wrong")));
    wrong.forEach(function (f, i) {
      if (i) p.appendChild(document.createTextNode(SB.label(null, "", "list_sep")));
      var num = f.querySelector(".q-num");
      p.appendChild(el("a", num ? num.textContent : f.dataset.q, { href: "#" + f.id }));
      var legend = f.querySelector("legend");
      if (legend) legend.appendChild(el("span", SB.label(null, "", "q_last_wrong"), { "class": "q-last-wrong" }));
    });
    meta.parentNode.insertBefore(p, meta.nextSibling);
  }
  function lastWrongs() { document.querySelectorAll("form.quiz[data-quiz]").forEach(lastWrong); }

  // A checked quiz (quiz.js) is recorded, and the counts on the page follow.
  document.addEventListener("skillbook:quiz", function (e) {
    document.querySelectorAll(".quiz-last, .q-last-wrong").forEach(function (x) { x.remove(); });
    core.attempt(record, e.detail.quiz, e.detail);
    save();
    lists();
    quizBests();
    if (currentPage) masteryPanel(currentPage);
  });

  function courseCounts(c) {
    if (!c.chapters) return [0, c.skills];
    var done = 0, total = 0;
    c.chapters.forEach(function (ch) {
      ch.skills.forEach(function (s) { total++; if (mastered(s.id, s.keypointIds, s.quizzes)) done++; });
    });
    return [done, total];
  }

  // The home page: progress per course (on its card or its row, which
  // shows no next step), each card's next step, and where to continue
  // once anything was read (the page says where to start until then):
  // core.nextSkill in the course last opened, then in the courses after it.
  // Courses the record never touched keep their first skill point as next
  // step: their outline is not loaded. Past a dozen courses, those begun
  // come first (begunFirst, as soon as the page is parsed).
  function home() {
    if (!outline || !document.body.classList.contains("kind-home")) return;
    var byId = {}, courseOrder = {}, courseIds = [];
    eachSkill(function (s, ch, c) {
      byId[s.id] = { skill: s, chapter: ch, course: c.id };
      if (!courseOrder[c.id]) { courseOrder[c.id] = []; courseIds.push(c.id); }
      courseOrder[c.id].push(s.id);
    });
    var left = function (id) { return skillSteps(byId[id].skill); };
    var next = function (order) { return core.nextSkill(order, left, core.lastWorked(record, order)); };
    outline.courses.forEach(function (c) { courseCard(c, courseOrder[c.id] && next(courseOrder[c.id]), byId); });
    var last = record.last && byId[record.last.id];
    if (!last) return;
    var from = courseIds.indexOf(last.course), order = [];
    courseIds.slice(from).concat(courseIds.slice(0, from)).forEach(function (id) { order = order.concat(courseOrder[id]); });
    var to = next(order);
    if (to) continueCard(byId[to]);
  }

  // courseCard fills a course's card or row on the home page: its progress,
  // and its next step (next, a skill id) when it has one.
  function courseCard(c, next, byId) {
    var card = document.querySelector('.home-courses [data-id="' + CSS.escape(c.id) + '"]');
    if (!card) return;
    var fresh = bar.apply(null, courseCounts(c).concat(progressLabel())), old = card.querySelector(".progress");
    if (old) old.replaceWith(fresh); else card.appendChild(fresh);
    var link = card.querySelector(".card-next a");
    if (next && link) { link.href = href(byId[next].skill.url); link.textContent = byId[next].skill.title; }
  }

  // begunFirst marks the home page's courses begun (ids, those the record
  // refers to): their cards (markBegun), and, past a dozen courses, their
  // rows, put first among the rows in course order under 正在学习, the
  // others under 其他课程 (course 57 of 100 was 5,600 pixels down a
  // phone's page). Above the rows, not the cards (the first courses, on
  // the first screen): the browser draws the page before the scripts run,
  // and a list put above the cards then pushed the screen down. It runs
  // once the page is parsed, not when the outline has loaded; courseCard
  // then fills in their progress.
  function begunFirst(ids) {
    var isBegun = function (li) { return ids.indexOf(li.getAttribute("data-id")) >= 0; };
    document.querySelectorAll(".home-courses .cards > li").forEach(function (card) { if (isBegun(card)) markBegun(card); });
    var rows = document.querySelector(".home-courses .course-rows");
    var begun = rows ? [].filter.call(rows.children, isBegun) : [];
    if (!begun.length) return;
    var ul = el("ul", "", { "class": "course-rows courses-begun", "aria-labelledby": "courses-begun" });
    begun.forEach(function (li) { ul.appendChild(li); });
    rows.parentNode.insertBefore(el("h3", SB.label(null, "", "courses_begun"), { id: "courses-begun", "class": "courses-begun-title" }), rows);
    rows.parentNode.insertBefore(ul, rows);
    if (rows.children.length) rows.parentNode.insertBefore(el("h3", SB.label(null, "", "courses_other"), { "class": "courses-begun-title" }), rows);
  }
  // markBegun marks a course's card as begun, without moving anything.
  function markBegun(card) {
    card.classList.add("is-begun");
    var h = card.querySelector("h3");
    if (h) h.appendChild(el("span", "（" + SB.label(null, "", "courses_begun") + "）", { "class": "visually-hidden" }));
  }
  document.addEventListener("DOMContentLoaded", function () { // before the handler at the end of this file
    if (document.body.classList.contains("kind-home")) begunFirst(touchedCourses(record));
  });

  // newMark marks a skill point in a list that the course gained since the
  // trainee last saw it (core.noteNewSkills), until they open it.
  function newMark(e) {
    var mark = e.querySelector(".skill-new"), fresh = core.isNewSkill(record, itemId(e));
    if (mark) mark.hidden = !fresh;
    else if (fresh) (e.tagName === "A" ? e : e.firstElementChild).appendChild(el("span", SB.label(null, "", "kp_new"), { "class": "skill-new" }));
  }

  // updatedNotice says, on the home page and 我的进度, which skill points
  // the courses begun gained since the trainee last saw them, which have
  // key points added since the trainee worked on them (record.fresh, not
  // ticked yet: why one mastered before is not any more), and which
  // quizzes the trainee took have changed since.
  function updatedNotice() {
    var anchor = document.querySelector(".kind-home .start-card, #progress-courses");
    if (!outline || !anchor) return;
    var added = [], grown = [], changed = [], groups = [];
    eachSkill(function (s) {
      if (core.isNewSkill(record, s.id)) added.push(s);
      if (core.freshLeft(record, s.id).length) grown.push(s);
    });
    Object.keys(record.quizzes).forEach(function (id) {
      var q = quizzes[id], a = record.quizzes[id].attempts, last = a[a.length - 1];
      if (q && q.version && last && last.version && last.version !== q.version) changed.push(q);
    });
    [[added, "course_new_skills"], [grown, "course_new_kps"], [changed, "course_changed_quizzes"]].forEach(function (g) { if (g[0].length) groups.push(g); });
    if (!groups.length) return;
    var p = el("p", SB.label(null, "", "course_updated"), { "class": "course-updated", role: "note" });
    groups.forEach(function (g, n) {
      if (n) p.appendChild(document.createTextNode(SB.label(null, "", "group_sep")));
      p.appendChild(document.createTextNode(SB.label(null, "", g[1])));
      titleLinks(p, g[0]);
    });
    anchor.parentNode.insertBefore(p, anchor.id === "progress-courses" ? anchor : anchor.nextSibling); // above 我的进度's courses, below the home page's 继续学习
  }
  // titleLinks adds to p links to the first NOTICE_SKILLS skill points or
  // quizzes ({title, url}), and how many there are in all when more.
  var NOTICE_SKILLS = 5;
  function titleLinks(p, skills) {
    skills.slice(0, NOTICE_SKILLS).forEach(function (s, i) {
      if (i) p.appendChild(document.createTextNode(SB.label(null, "", "list_sep")));
      p.appendChild(el("a", s.title, { href: href(s.url) }));
    });
    if (skills.length > NOTICE_SKILLS) p.appendChild(document.createTextNode(fill(SB.label(null, "", "more_n"), skills.length)));
  }

  // continueCard turns 从这里开始 into 继续学习 at to ({skill, chapter}).
  function continueCard(to) {
    var card = document.querySelector(".start-card");
    if (!card) return;
    card.querySelector(".start-kicker").textContent = card.dataset.continue;
    var a = card.querySelector(".start-link");
    a.href = href(to.skill.url);
    a.querySelector(".start-skill").textContent = to.skill.title;
    var course = outline.courses.length > 1 && outline.courses.filter(function (c) { return c.id === to.course; })[0];
    a.querySelector(".start-chapter").textContent = (course ? course.title + " · " : "") + to.chapter.title; // 100 courses have a 第1章 each
    card.classList.add("is-continue");
  }

  document.addEventListener("DOMContentLoaded", function () {
    skillPage();
    pager();
    lists();
    quizBests();
    lastWrongs();
    var loaded = SB.outlineSummary || inheriting() ? SB.outline.summary().then(function () { return SB.outline(touchedCourses(record)); }).then(useOutline) : Promise.resolve();
    loaded.catch(function () { /* no outline: nothing is pruned or shown */ }).then(function () {
      home();
      updatedNotice();
      if (SB.progressPages) SB.progressPages({ record: function () { return record; }, save: save, set: function (r) { record = r; save(); },
        outline: outline, skills: skills, quizzes: quizzes, href: href, el: el, bar: bar, fill: fill, mastered: mastered,
        steps: skillSteps, courseCounts: courseCounts, eachSkill: eachSkill });
      showNotice();
    });
  });
  // The record's hook for other scripts (an LMS bridge, say): record()
  // reads it, replace(r) sets an upgraded copy of r and saves it (false
  // when r is not a progress record), save() writes it after a change.
  SB.progress = {
    record: function () { return record; },
    showBests: function () { quizBests(); lastWrongs(); }, // for a quiz drawn after the page loaded (drill.js)
    storageKey: key,
    save: save,
    replace: function (r) {
      var up = core.upgrade(JSON.parse(JSON.stringify(r)));
      if (!up) return false;
      record = up;
      save();
      return true;
    }
  };
})();
