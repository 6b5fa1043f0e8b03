// Skillbook drills: the drill page shows the drill of the skill point named
// by ?s= (its URL). Drills are data (drills/<chapter>/data.js, loaded as a
// script so that it works from disk too); this script builds the same form
// a quiz page has, and quiz.js scores it.
(function () {
  "use strict";
  var SB = (window.Skillbook = window.Skillbook || {});
  var box, path, fill = SB.fill;
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text;
    return e;
  }
  function status(text) { box.querySelector(".drill-status").textContent = text; }

  SB.addDrills = function (map, shared) {
    var d = Object.prototype.hasOwnProperty.call(map, path) ? map[path] : null;
    if (!d) { missing(); return; }
    render(whole(d, path, shared || {}), nextOf(map, (shared || {}).chapter || []));
  };
  // nextOf is the skill point after the drill's own in its chapter, {url,
  // title}, from the chapter's order of the data's keys (drillShared in
  // Go); null after the last.
  function nextOf(map, chapter) {
    var keys = Object.keys(map), inOrder = chapter.map(function (i) { return keys[i]; }), url = inOrder[inOrder.indexOf(path) + 1];
    if (!url || !map[url]) return null;
    return { url: url, title: typeof map[url].skill === "string" ? map[url].skill : map[url].skill.title };
  }

  // missing says the drill is not found, unless its skill point moved and
  // names the old address among its aliases (an old bookmark): then the
  // drill at the new one opens.
  function missing() {
    var old = path.replace(/\/$/, "");
    SB.outline.summary().then(function () {
      var course = SB.outline.courseOf(old);
      return course ? SB.outline([course]) : { courses: [] };
    }).then(function (o) {
      var to = null;
      o.courses.forEach(function (c) {
        (c.chapters || []).forEach(function (ch) { ch.skills.forEach(function (s) { if ((s.aliases || []).indexOf(old) >= 0) to = s; }); });
      });
      if (!to) throw new Error("no drill for " + old);
      location.replace(SB.href("drills/?s=" + encodeURIComponent(to.url)));
    }).catch(function () { status(box.dataset.missing); });
  }

  // whole puts back what the data leaves out (internal/render/drills.go):
  // the skill point as {id, title, url}, the drill's id, and the points of
  // questions worth 1; and from what the chapter's drills share, the
  // title, the pass mark, the prompts made of the shared words, and the
  // choices and their keys given as texts and hashes alone, and the fill
  // questions given as [key point id, hash, answers, tail].
  function whole(d, url, shared) {
    if (typeof d.skill === "string") d.skill = { id: d.skillId || url.replace(/\/$/, ""), title: d.skill, url: url };
    d.id = d.id || "drill/" + d.skill.id;
    if (d.title === undefined) { d.title = d.skill.title + shared.titleEnd; d.titleEnd = shared.titleEnd; }
    if (d.pass === undefined) d.pass = shared.pass;
    d.questions = d.questions.map(function (q) {
      return Array.isArray(q) ? { id: "fill-" + q[0], type: "fill", key: { b0: [q[1]] }, answers: q[2], tail: q[3] } : q;
    });
    d.questions.forEach(function (q) {
      if (q.points === undefined) q.points = 1;
      if (q.tail !== undefined) q.prompt = shared.fill + q.tail;
      if (q.prompt === undefined) {
        var words = (q.type === "order" ? shared.order : shared.which) || ["", ""];
        q.prompt = /^(single|multiple|order)$/.test(q.type) ? words[0] + d.skill.title + words[1] : "";
      }
      if (q.options) q.choices = q.options.map(function (text, i) { return { id: String.fromCharCode(97 + i), text: text }; });
      if (q.keys) {
        q.key = {};
        q.keys.forEach(function (k, i) { q.key[String.fromCharCode(97 + i)] = [k]; });
      }
    });
    return d;
  }

  // heading is the drill's title; its shared end (" · 牢记要点练习") is kept
  // on one line, so that a phone breaks the line before it, not inside it.
  function heading(h1, d) {
    var end = (d.titleEnd || "").trim();
    if (!end || d.title.slice(-end.length) !== end) { h1.textContent = d.title; return; }
    h1.textContent = d.title.slice(0, -end.length);
    h1.appendChild(el("span", { "class": "title-end" }, end));
  }

  // practiceCrumb puts the drill's chapter on its course's practice page,
  // the list of the drills, in the breadcrumbs before the drill.
  function practiceCrumb(url) {
    var here = document.querySelector('.breadcrumbs li[aria-current="page"]'), parts = url.split("/").filter(Boolean);
    if (!here || !box.dataset.practice || parts.length < 3) return;
    var practice = /^practice\/$/.test(box.dataset.practice) ? "practice/" + parts[0] + "/" : box.dataset.practice;
    var li = el("li"), a = li.appendChild(el("a", { href: SB.href(practice) + "#pr-" + parts[parts.length - 2] }, box.dataset.crumb));
    a.className = "drill-crumb";
    here.parentNode.insertBefore(li, here);
  }

  // render shows drill d; after a pass, 继续学习 leads to next, the skill
  // point after its own in the chapter (none: the skill point's page).
  function render(d, next) {
    var h1 = document.getElementById("page-title");
    document.title = d.title + document.title.slice(h1.textContent.length);
    heading(h1, d);
    practiceCrumb(d.skill.url);
    var forLine = document.querySelector(".quiz-for"), a = forLine.querySelector("a");
    a.href = SB.href(d.skill.url);
    a.textContent = d.skill.title;
    forLine.hidden = false;
    var form = el("form", { "class": "quiz", id: "quiz1", "data-quiz": d.id, novalidate: "", "aria-labelledby": "page-title" });
    if (next) { form.setAttribute("data-next-href", SB.href(next.url)); form.setAttribute("data-next-title", next.title); }
    ["right", "wrong", "passed", "failed", "score", "review", "wrongAnswers", "unanswered", "passMark", "empty", "notAnswered",
      "markRight", "markMissed", "markWrong", "rightAnswer", "rightOrder", "rightMatch", "or", "continue"].forEach(function (k) {
      form.setAttribute("data-" + k.replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }), box.dataset[k]);
    });
    var meta = form.appendChild(el("p", { "class": "quiz-meta", "data-quiz": d.id }, fill(box.dataset.questions, d.questions.length) + " · " + fill(box.dataset.passMark, Math.round(d.pass * 100)) + " "));
    meta.appendChild(el("span", { "class": "quiz-best" }));
    d.questions.forEach(function (q, i) { form.appendChild(question(q, i)); });
    var actions = el("div", { "class": "quiz-actions" });
    actions.appendChild(el("button", { type: "submit", "class": "quiz-check" }, box.dataset.check));
    actions.appendChild(document.createTextNode(" "));
    actions.appendChild(el("button", { type: "button", "class": "quiz-retry", hidden: "" }, box.dataset.retry));
    form.appendChild(el("div", { "class": "quiz-score", role: "status", "aria-live": "polite" }));
    form.appendChild(actions); // 重做 after the result
    var data = { id: d.id, title: d.title, salt: d.salt, pass: d.pass, shuffle: false, questions: d.questions.map(function (q) {
      return { id: q.id, type: q.type, points: q.points, key: q.key, answers: q.answers, skill: d.skill };
    }) };
    form.appendChild(el("script", { type: "application/json", "class": "quiz-data" }, JSON.stringify(data)));
    box.textContent = "";
    box.appendChild(form);
    SB.setupQuiz(form);
    if (SB.progress && SB.progress.showBests) SB.progress.showBests(); // its best score, as a quiz page shows it
  }

  function question(q, i) {
    var name = "quiz1-" + q.id;
    var fs = el("fieldset", { "class": "question", id: name, "data-q": q.id, "data-type": q.type, "aria-describedby": name + "-prompt" });
    var legend = el("legend");
    legend.appendChild(el("span", { "class": "q-num" }, fill(box.dataset.q, i + 1)));
    legend.appendChild(document.createTextNode(" "));
    legend.appendChild(el("span", { "class": "q-type" }, box.dataset[q.type]));
    fs.appendChild(legend);
    var prompt = el("div", { "class": "q-prompt", id: name + "-prompt" }), p = el("p");
    q.prompt.split(/_{3,}/).forEach(function (part, n) {
      if (n > 0) p.appendChild(blank(name, n - 1));
      p.appendChild(document.createTextNode(part));
    });
    prompt.appendChild(p);
    fs.appendChild(prompt);
    if (q.type === "single" || q.type === "multiple") fs.appendChild(options(q, name));
    if (q.type === "order") fs.appendChild(steps(q));
    fs.appendChild(el("div", { "class": "q-result", hidden: "" }));
    return fs;
  }

  function blank(name, n) {
    return el("input", { type: "text", "class": "blank", name: name + "-b" + n, "data-blank": String(n), autocomplete: "off",
      spellcheck: "false", "aria-label": fill(box.dataset.blank, n + 1) });
  }

  function options(q, name) {
    var ul = el("ul", { "class": "q-options" });
    q.choices.forEach(function (c) {
      var li = el("li"), label = el("label");
      label.appendChild(el("input", { type: q.type === "single" ? "radio" : "checkbox", name: name, value: c.id }));
      label.appendChild(document.createTextNode(" "));
      label.appendChild(el("span", {}, c.text));
      li.appendChild(label);
      li.appendChild(el("div", { "class": "q-feedback", hidden: "" }));
      ul.appendChild(li);
    });
    return ul;
  }

  function steps(q) {
    var ol = el("ol", { "class": "q-order" });
    q.choices.forEach(function (c) {
      var li = el("li", { "data-id": c.id });
      li.appendChild(el("span", { "class": "step" }, c.text));
      li.appendChild(el("button", { type: "button", "class": "move", "data-move": "-1", "aria-label": box.dataset.up + "：" + c.text }, "↑"));
      li.appendChild(el("button", { type: "button", "class": "move", "data-move": "1", "aria-label": box.dataset.down + "：" + c.text }, "↓"));
      ol.appendChild(li);
    });
    return ol;
  }

  document.addEventListener("DOMContentLoaded", function () {
    box = document.getElementById("drill");
    if (!box) return;
    path = new URLSearchParams(location.search).get("s") || "";
    if (path && path.slice(-1) !== "/") path += "/"; // a link typed or cut short: the skill point's URL without its slash
    if (!path && box.dataset.practice) { location.replace(SB.href(box.dataset.practice)); return; } // no drill named: the practice page lists them
    if (!/^[^:?#\\]+\/$/.test(path) || path.split("/").indexOf("..") >= 0) { status(box.dataset.missing); return; }
    var script = el("script", { src: new URL("drills/" + path.replace(/[^\/]+\/$/, "") + "data.js", SB.root).href });
    script.onerror = missing;
    document.head.appendChild(script);
  });
})();
