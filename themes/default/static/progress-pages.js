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
    var box = document.getElementById("progress-courses"), label = box.dataset.label;
    p.outline.courses.forEach(function (c) {
      var sec = p.el("section", "", { "class": "progress-course" });
      var h = p.el("h2"), a = p.el("a", c.title, { href: p.href(c.url) });
      h.appendChild(a);
      sec.appendChild(h);
      sec.appendChild(p.bar.apply(null, p.courseCounts(c).concat(label)));
      if (!c.chapters) { box.appendChild(sec); return; }
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
    weakSpots(p);
    quizHistory(p);
    certificate(p);
    carry(p);
  }

  // Weak spots: skill points begun (read or ticked) but not mastered, and
  // those with a quiz taken and not passed yet, naming those quizzes.
  function weakSpots(p) {
    var ul = document.getElementById("progress-weak"), r = p.record();
    p.eachSkill(function (s) {
      var failed = s.quizzes.filter(function (q) { return r.quizzes[q] && !r.quizzes[q].passed; });
      var begun = r.read[s.id] || Object.keys(r.ticks[s.id] || {}).length || failed.length;
      if (!begun || p.mastered(s.id, s.keypointIds, s.quizzes)) return;
      var li = p.el("li");
      li.appendChild(p.el("a", s.title, { href: p.href(s.url) }));
      if (failed.length) li.appendChild(p.el("span", " · " + ul.dataset.failed + failed.map(function (q) { return p.quizzes[q].title; }).join("、"), { "class": "count" }));
      ul.appendChild(li);
    });
    if (!ul.children.length) ul.appendChild(p.el("li", ul.dataset.none));
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
      tr.appendChild(p.el("td", row.a.score + " / " + row.a.total + "（" + Math.round(row.a.total ? row.a.score * 100 / row.a.total : 0) + "%）"));
      tr.appendChild(p.el("td", row.a.passed ? table.dataset.passed : table.dataset.failed));
      tr.appendChild(p.el("td", new Date(row.a.at).toLocaleString()));
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
      out.appendChild(p.el("p", out.dataset.date + "：" + new Date().toLocaleDateString()));
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
    document.getElementById("progress-export").addEventListener("click", function () {
      var a = p.el("a", "", { download: "skillbook-progress.json" });
      a.href = URL.createObjectURL(new Blob([JSON.stringify(p.record(), null, 1)], { type: "application/json" }));
      document.body.appendChild(a);
      a.click();
      a.remove();
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
        setTimeout(function () { location.reload(); }, 600);
      });
    });
    var reset = document.getElementById("progress-reset");
    reset.addEventListener("click", function () {
      if (window.confirm(reset.dataset.confirm)) { p.set(core.empty()); location.reload(); }
    });
  }

  function reviewPage(p) {
    var status = document.getElementById("review-status"), card = document.getElementById("review-card");
    var byId = {};
    p.eachSkill(function (s) { byId[s.id] = s; });
    var show = document.getElementById("review-show"), knew = document.getElementById("review-knew"), forgot = document.getElementById("review-forgot");
    var answerEl = document.getElementById("review-answer"), current = null;
    function next() {
      var cards = core.due(p.record(), p.skills, Date.now());
      answerEl.hidden = knew.hidden = forgot.hidden = true;
      show.hidden = false;
      if (!cards.length) {
        card.hidden = true;
        var later = Object.keys(p.record().review).map(function (k) { return p.record().review[k].due; }).sort()[0];
        status.textContent = later ? status.dataset.empty + " " + p.fill(status.dataset.next, new Date(later).toLocaleDateString())
          : (Object.keys(p.record().read).length ? status.dataset.empty : status.dataset.none);
        return;
      }
      current = cards[0];
      var s = byId[current.skill], i = s.keypointIds.indexOf(current.kp);
      status.textContent = p.fill(status.dataset.due, cards.length);
      var h = document.getElementById("review-skill");
      h.textContent = "";
      h.appendChild(p.el("a", s.title, { href: p.href(s.url) }));
      document.getElementById("review-which").textContent = p.fill(status.dataset.kp, i + 1);
      answerEl.textContent = s.keypoints[i];
      card.hidden = false;
      show.focus();
    }
    show.addEventListener("click", function () {
      answerEl.hidden = knew.hidden = forgot.hidden = false;
      show.hidden = true;
      knew.focus();
    });
    function answer(k) { core.answer(p.record(), current.skill + " " + current.kp, k, Date.now()); p.save(); next(); }
    knew.addEventListener("click", function () { answer(true); });
    forgot.addEventListener("click", function () { answer(false); });
    next();
  }
})();
