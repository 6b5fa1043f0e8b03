// Skillbook's 我的进度 (progress) and 复习 (review) pages, on top of
// progress.js: per course and chapter percentages, weak spots, a printable
// completion record, export, import and reset; flashcards of the key points
// already studied, scheduled in Leitner boxes.
(function () {
  "use strict";
  var SB = window.Skillbook || {}, core = SB.progressCore;

  SB.progressPages = function (p) {
    if (!p.outline) return;
    if (document.body.classList.contains("kind-progress")) progressPage(p);
    if (document.body.classList.contains("kind-review")) reviewPage(p);
  };

  function progressPage(p) {
    var box = document.getElementById("progress-courses"), label = box.dataset.label, empty = document.getElementById("progress-empty");
    if (empty && !begun(p.record())) { empty.hidden = false; box.hidden = true; }
    var waiting = p.outline.courses.filter(function (c) { return !c.chapters; }); // not begun: summaries alone
    p.outline.courses.forEach(function (c) {
      if (!c.chapters) return;
      var sec = p.el("section", "", { "class": "progress-course" });
      var h = p.el("h2"), a = p.el("a", c.title, { href: p.href(c.url) });
      h.appendChild(a);
      sec.appendChild(h);
      sec.appendChild(p.bar.apply(null, p.courseCounts(c).concat(label)));
      var list = p.el("ul");
      c.chapters.forEach(function (ch) {
        var done = ch.skills.filter(function (s) { return p.mastered(s.id, s.keypointIds, s.quizzes); }).length;
        var li = p.el("li");
        li.appendChild(p.el("a", ch.title, { href: p.href(ch.url) }));
        li.appendChild(p.bar(done, ch.skills.length, label));
        list.appendChild(li);
      });
      sec.appendChild(list);
      box.appendChild(sec);
    });
    if (waiting.length) box.appendChild(waitingCourses(p, waiting));
    weakSpots(p);
    masteredList(p);
    quizHistory(p);
    certificate(p);
    carry(p);
    document.getElementById("progress-more").hidden = false;
  }

  // waitingCourses lists the courses not begun, a row each, under a
  // summary that folds them away when there are more than a few: at a
  // hundred courses their empty bars made the page 19,000 pixels tall on a
  // phone, with the weak spots and the export at its foot.
  var FOLD_WAITING = 6;
  function waitingCourses(p, courses) {
    var d = p.el("details", "", { "class": "progress-waiting" }), ul = p.el("ul", "", { "class": "course-rows" });
    d.open = courses.length <= FOLD_WAITING;
    d.appendChild(p.el("summary", p.fill(SB.label(null, "", "courses_waiting"), courses.length)));
    courses.forEach(function (c) {
      var li = p.el("li");
      li.appendChild(p.el("a", c.title, { href: p.href(c.url) }));
      li.appendChild(p.el("span", p.fill(SB.label(null, "", "skills_n"), c.skills), { "class": "count" }));
      ul.appendChild(li);
    });
    d.appendChild(ul);
    return d;
  }

  // lang is the page's language, so that dates read as the page does, not
  // as the browser's own language would have them.
  function lang() { return document.documentElement.lang || undefined; }

  // begun reports a record with anything in it: a page opened or read, a
  // key point ticked, a quiz taken.
  function begun(r) {
    return [r.opened, r.read, r.ticks, r.quizzes].some(function (o) { return Object.keys(o).length > 0; });
  }

  // What is left (progress-core's toDo): every skill point not mastered
  // in the courses begun (the only ones the outline has whole), linked,
  // with every step its mastery still needs, the quizzes failed and the
  // questions they found wrong. Says so when nothing is left, and when
  // nothing was begun.
  // Each course's list begins with the skill points the trainee worked on,
  // in course order (the order stays put from one visit to the next and
  // agrees with the courses above; 继续学习 on the home page is for the
  // latest), then those not begun. Past its share of FOLD_TODO, a course's
  // skill points not begun are folded away, counted by chapter
  // (laterList): in a course of a hundred, the list named every one with
  // the same three steps. On a site of several courses each course's
  // list and fold come under its title: 第1章 is in every course.
  function weakSpots(p) {
    var ul = document.getElementById("progress-weak"), groups = toDoByCourse(p, p.record()), end = ul;
    var share = Math.ceil(FOLD_TODO / Math.max(1, groups.length)), titled = p.outline.courses.length > 1;
    groups.forEach(function (g, i) {
      var list = i ? after(end, p.el("ul", "", { "class": "weak-list" })) : ul, items = g.worked.concat(g.rest);
      var cut = chapterEnd(items, Math.max(share, g.worked.length)), later = items.slice(cut);
      if (titled) list.parentNode.insertBefore(courseHeading(p, g.course), list);
      items.slice(0, cut).forEach(function (x) { list.appendChild(toDoItem(p, ul, x.skill, x.t)); });
      end = later.length ? after(list, laterList(p, later, items.slice(0, cut))) : list;
    });
    if (!ul.children.length) ul.appendChild(p.el("li", Object.keys(p.skills).length ? ul.dataset.done : ul.dataset.none));
  }
  var FOLD_TODO = 20;

  // chapterEnd is where to cut a course's list at or after cut: at the end
  // of a chapter, so that no chapter's skill points not begun are split
  // between the list and the fold.
  function chapterEnd(items, cut) {
    while (cut > 0 && cut < items.length && items[cut].chapter === items[cut - 1].chapter) cut++;
    return cut;
  }

  // toDoByCourse is what is left (core.toDo) by course, in course order:
  // [{course, worked: [item], rest: [item]}], item {t, skill, chapter},
  // the skill points worked on apart from the others.
  function toDoByCourse(p, r) {
    var order = [], at = {}, groups = [], byCourse = {};
    p.eachSkill(function (s, ch, c) { order.push(s.id); at[s.id] = { skill: s, chapter: ch, course: c }; });
    core.toDo(r, order, function (id) { return p.steps(at[id].skill); }).forEach(function (t) {
      var a = at[t.skill], g = byCourse[a.course.id];
      if (!g) groups.push(g = byCourse[a.course.id] = { course: a.course, worked: [], rest: [] });
      (worked(r, t) ? g.worked : g.rest).push({ t: t, skill: a.skill, chapter: a.chapter });
    });
    return groups;
  }

  // worked reports a to-do item the trainee has begun: its page opened or
  // read, a key point ticked, a quiz about it failed.
  function worked(r, t) {
    var id = t.skill;
    return !!(own(r.opened, id) || own(r.read, id) || Object.keys(own(r.ticks, id) || {}).length || t.failed.length);
  }
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; }

  // after puts e right after node, and returns it.
  function after(node, e) { return node.parentNode.insertBefore(e, node.nextSibling); }

  // courseHeading is a course's title, linked, above its part of what is left.
  function courseHeading(p, c) {
    var h = p.el("h3", "", { "class": "weak-course" });
    h.appendChild(p.el("a", c.title, { href: p.href(c.url) }));
    return h;
  }

  // laterList is a course's skill points folded away (later, items), a
  // line for each chapter with how many of its skill points wait; 另有 n
  // for a chapter whose other skill points are listed above (listed):
  // 另有 80 个技能点尚未开始 › 第5章 … 另有 9 个技能点.
  function laterList(p, later, listed) {
    var d = p.el("details", "", { "class": "weak-later" }), ul = p.el("ul"), rows = [], shown = [];
    d.appendChild(p.el("summary", p.fill(SB.label(null, "", "weak_later"), later.length)));
    listed.forEach(function (x) { if (shown.indexOf(x.chapter) < 0) shown.push(x.chapter); });
    later.forEach(function (x) { // in course order
      var last = rows[rows.length - 1];
      if (last && last.chapter === x.chapter) last.n++;
      else rows.push({ chapter: x.chapter, n: 1 });
    });
    rows.forEach(function (row) {
      var li = ul.appendChild(p.el("li")), more = shown.indexOf(row.chapter) >= 0;
      li.appendChild(p.el("a", row.chapter.title, { href: p.href(row.chapter.url) }));
      li.appendChild(p.el("span", p.fill(SB.label(null, "", more ? "weak_later_more" : "skills_n"), row.n), { "class": "count" }));
    });
    d.appendChild(ul);
    return d;
  }

  // masteredList lists the skill points mastered in the courses begun, in
  // course order, linked: what the trainee's work has come to. A theme's
  // own progress page without the list has none.
  function masteredList(p) {
    var ul = document.getElementById("progress-mastered");
    if (!ul) return;
    p.eachSkill(function (s) {
      if (p.mastered(s.id, s.keypointIds, s.quizzes)) ul.appendChild(p.el("li")).appendChild(p.el("a", s.title, { href: p.href(s.url) }));
    });
    if (!ul.children.length) ul.appendChild(p.el("li", ul.dataset.none));
  }

  // toDoItem is a skill point's item in the list: its link, then under it
  // (.weak-steps) each step left, joined by " · ": 读完本页, 勾选全部牢记要点
  // n / m, 未通过：quiz, 还需通过：quiz; then the questions missed.
  function toDoItem(p, ul, s, t) {
    var li = p.el("li"), steps = p.el("span", "", { "class": "weak-steps" }), kps = t.steps.keypoints;
    li.appendChild(p.el("a", s.title, { href: p.href(s.url) }));
    li.appendChild(steps);
    if (t.steps.read) step(steps, SB.label(ul, "data-read", "mastery_read"));
    if (kps) step(steps, SB.label(ul, "data-keypoints", "mastery_keypoints") + " " + kps.ticked + " / " + kps.total);
    var failed = t.failed.filter(function (id) { return p.quizzes[id]; });
    quizLinks(p, ul, steps, ul.dataset.failed, failed);
    quizLinks(p, ul, steps, ul.dataset.needs, (t.steps.quizzes || []).filter(function (id) { return failed.indexOf(id) < 0 && p.quizzes[id]; }));
    if (t.wrong.length) {
      var missed = p.el("ul", "", { "class": "weak-missed" });
      t.wrong.forEach(function (text) { missed.appendChild(p.el("li", ul.dataset.missed + text)); });
      li.appendChild(missed);
    }
    return li;
  }

  // step adds a step's text to steps, after " · " unless it is the first.
  function step(steps, text) {
    steps.appendChild(document.createTextNode((steps.firstChild ? " · " : "") + text));
  }

  // quizLinks adds to steps the label (未通过： or 还需通过：) and a link to
  // each quiz in ids.
  function quizLinks(p, ul, steps, label, ids) {
    if (!ids.length) return;
    step(steps, label);
    ids.forEach(function (id, i) {
      if (i) steps.appendChild(document.createTextNode(ul.dataset.sep));
      steps.appendChild(p.el("a", p.quizzes[id].title, { href: p.href(p.quizzes[id].url), "class": "weak-quiz" }));
    });
  }

  // Quiz history: every attempt kept, newest first, with its score.
  function quizHistory(p) {
    var table = document.getElementById("quiz-history"), r = p.record(), rows = [];
    Object.keys(r.quizzes).forEach(function (id) {
      if (!p.quizzes[id]) return;
      r.quizzes[id].attempts.forEach(function (a) { rows.push({ quiz: p.quizzes[id], a: a }); });
    });
    rows.sort(function (x, y) { return y.a.at - x.a.at; });
    var body = table.querySelector("tbody");
    rows.forEach(function (row) {
      var tr = p.el("tr"), td = p.el("td");
      td.appendChild(p.el("a", row.quiz.title, { href: p.href(row.quiz.url) }));
      tr.appendChild(td);
      var before = row.quiz.version && row.a.version && row.a.version !== row.quiz.version ? table.dataset.before : "";
      tr.appendChild(p.el("td", row.a.score + " / " + row.a.total + "（" + Math.round(row.a.total ? row.a.score * 100 / row.a.total : 0) + "%）" + before));
      tr.appendChild(p.el("td", row.a.passed ? table.dataset.passed : table.dataset.failed));
      tr.appendChild(p.el("td", new Date(row.a.at).toLocaleString(lang())));
      body.appendChild(tr);
    });
    table.hidden = !rows.length;
    document.getElementById("quiz-history-none").hidden = !!rows.length;
  }

  function certificate(p) {
    var form = document.getElementById("certificate-form"), out = document.getElementById("certificate");
    p.outline.courses.forEach(function (c) { form.course.appendChild(p.el("option", c.title, { value: c.id })); });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      SB.outline([form.course.value]).then(function (o) { print(o.courses.filter(function (x) { return x.id === form.course.value; })[0]); });
    });
    function print(c) {
      if (!c) return;
      out.textContent = "";
      out.appendChild(p.el("h2", out.dataset.title + "：" + c.title));
      out.appendChild(p.el("p", form.name.value));
      out.appendChild(p.el("p", out.dataset.date + "：" + new Date().toLocaleDateString(lang())));
      out.appendChild(p.bar.apply(null, p.courseCounts(c).concat(document.getElementById("progress-courses").dataset.label)));
      var ul = p.el("ul");
      c.chapters.forEach(function (ch) {
        ch.skills.forEach(function (s) { if (p.mastered(s.id, s.keypointIds, s.quizzes)) ul.appendChild(p.el("li", s.title)); });
      });
      out.appendChild(ul);
      var scores = p.el("ul", "", { "class": "certificate-quizzes" }), r = p.record();
      p.outline.quizzes.forEach(function (q) {
        var got = r.quizzes[q.id];
        if (q.course === c.id && !q.drill && got) {
          scores.appendChild(p.el("li", q.title + "：" + Math.round(got.best * 100) + "%" + (got.passed ? " · " + out.dataset.passed : "")));
        }
      });
      if (scores.children.length) {
        out.appendChild(p.el("h3", out.dataset.scores));
        out.appendChild(scores);
      }
      out.appendChild(p.el("p", out.dataset.self, { "class": "self-reported" }));
      out.hidden = false;
      document.body.classList.add("printing-certificate");
      window.print();
      document.body.classList.remove("printing-certificate");
    }
  }

  // Export to a file, import and merge (the newest change of every item
  // wins), reset after a confirmation.
  function carry(p) {
    var msg = document.getElementById("progress-message");
    document.getElementById("progress-file").hidden = location.protocol !== "file:";
    if (justImported()) { // said again after the reload, at the top, where a phone shows it
      var said = p.el("p", msg.dataset.imported, { "class": "course-updated", role: "status" });
      document.querySelector("h1").insertAdjacentElement("afterend", said);
    }
    document.getElementById("progress-export").addEventListener("click", function () {
      var name = exportName(), a = p.el("a", "", { download: name });
      a.href = URL.createObjectURL(new Blob([JSON.stringify(p.record(), null, 1)], { type: "application/json" }));
      document.body.appendChild(a);
      a.click();
      a.remove();
      msg.textContent = p.fill(msg.dataset.exported, name);
    });
    document.getElementById("progress-import").addEventListener("change", function (e) {
      var file = e.target.files[0];
      if (!file) return;
      file.text().then(function (text) {
        var r = null;
        try { r = core.upgrade(JSON.parse(text)); } catch (err) { r = null; }
        if (!r) { msg.textContent = msg.dataset.failed; return; }
        // Not pruned here: the reload loads the courses it refers to and prunes.
        p.set(core.merge(p.record(), r));
        msg.textContent = msg.dataset.imported;
        try { sessionStorage.setItem(IMPORTED, "1"); } catch (err) { /* said here only */ }
        setTimeout(function () { location.reload(); }, 600);
      });
    });
    var reset = document.getElementById("progress-reset");
    reset.addEventListener("click", function () {
      if (window.confirm(reset.dataset.confirm)) { p.set(core.empty()); location.reload(); }
    });
  }

  var IMPORTED = "skillbook:imported";
  function justImported() {
    try {
      var was = sessionStorage.getItem(IMPORTED);
      sessionStorage.removeItem(IMPORTED);
      return !!was;
    } catch (e) { return false; }
  }
  // exportName names an export by the site and the day, so that a trainee
  // who exports on several days or from several sites tells them apart.
  function exportName() {
    var site = document.querySelector('meta[name="skillbook-site"]'), d = new Date();
    var day = d.getFullYear() + "-" + ("0" + (d.getMonth() + 1)).slice(-2) + "-" + ("0" + d.getDate()).slice(-2);
    return ["skillbook-progress", site ? site.content.replace(/[\\/:*?"<>|\s]+/g, "-") : "", day].filter(Boolean).join("-") + ".json";
  }

  // The review page: the due cards of this sitting, front (the cue: the
  // skill point's title, which key point, its first characters) then back
  // (the key point). A forgotten card comes back after AGAIN_AFTER others.
  var AGAIN_AFTER = 3;
  function reviewPage(p) {
    var status = document.getElementById("review-status"), card = document.getElementById("review-card");
    var show = document.getElementById("review-show"), grades = document.getElementById("review-grades");
    var back = document.getElementById("review-back"), byId = {};
    p.eachSkill(function (s) { byId[s.id] = s; });
    var queue = core.due(p.record(), p.skills, Date.now()), current = null, again = false;
    function next() {
      back.hidden = grades.hidden = true;
      show.hidden = false;
      current = queue.shift();
      if (!current) { card.hidden = true; status.textContent = emptyText(p, status); return; }
      var s = byId[current.skill], i = s.keypointIds.indexOf(current.kp), text = s.keypoints[i];
      status.textContent = p.fill(status.dataset.due, queue.length + 1) + (again ? " " + status.dataset.again : "");
      document.getElementById("review-skill").textContent = s.title;
      var which = document.getElementById("review-which");
      which.textContent = p.fill(status.dataset.kp, i + 1, s.keypoints.length);
      if (core.freshLeft(p.record(), s.id).indexOf(current.kp) >= 0) which.appendChild(p.el("span", SB.label(null, "", "kp_new"), { "class": "skill-new" })); // added since the trainee studied it
      document.getElementById("review-cue").textContent = cue(text, s.keypoints);
      document.getElementById("review-answer").textContent = text;
      var src = document.getElementById("review-source");
      src.textContent = s.title;
      src.href = p.href(s.url);
      card.hidden = false;
      card.classList.remove("is-flipped");
    }
    function flip() {
      if (!current || !back.hidden) return;
      back.hidden = grades.hidden = false;
      show.hidden = true;
      card.classList.add("is-flipped");
      document.getElementById("review-knew").focus();
    }
    function grade(g) {
      if (!current || back.hidden) return;
      core.answer(p.record(), current.skill + " " + current.kp, g, Date.now());
      p.save();
      again = g === 1;
      if (again) queue.splice(Math.min(AGAIN_AFTER, queue.length), 0, current);
      next();
      (show.hidden ? document.getElementById("review-knew") : show).focus();
    }
    show.addEventListener("click", flip);
    card.querySelector(".review-front").addEventListener("click", flip);
    grades.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-grade]");
      if (b) grade(Number(b.dataset.grade));
    });
    document.addEventListener("keydown", function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
      if (e.key === " " && back.hidden && current) { e.preventDefault(); flip(); }
      else if (/^[1-4]$/.test(e.key)) grade(Number(e.key));
    });
    next();
  }

  // cue is a card's front hint: the key point's first characters, a
  // quarter of them up to four, and more while another key point of the
  // skill point (others) begins the same way (制定公……, 制定年……, not
  // 制定…… twice), never the whole text.
  function cue(text, others) {
    var chars = Array.from(text), n = Math.max(1, Math.min(4, Math.floor(chars.length / 4)));
    function same(o) { return o !== text && Array.from(o).slice(0, n).join("") === chars.slice(0, n).join(""); }
    while (n < chars.length - 1 && others.some(same)) n++;
    return chars.slice(0, n).join("") + "……";
  }

  // when is a due time as the page's language writes it: the date, and
  // the time of day too when it is within a day (a forgotten card is due
  // again in minutes).
  function when(due) {
    var d = new Date(due);
    if (due - Date.now() > 864e5) return d.toLocaleDateString(lang());
    return d.toLocaleString(lang(), { year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" });
  }

  function emptyText(p, status) {
    var r = p.record();
    var later = Object.keys(r.review).map(function (k) { return r.review[k].due; }).sort(function (a, b) { return a - b; })[0];
    var done = document.getElementById("review-done");
    if (done) done.hidden = !Object.keys(r.read).length; // nothing due: where to go on
    if (later) return status.dataset.empty + " " + p.fill(status.dataset.next, when(later));
    if (Object.keys(r.read).length) return status.dataset.empty;
    var start = document.getElementById("review-start");
    if (start) start.hidden = false;
    return status.dataset.none;
  }
})();
