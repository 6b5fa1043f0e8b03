// Skillbook quizzes: scores the quiz forms of a page in the browser. The
// answers are in the page only as hashes (see internal/quiz/key.go): the
// script hashes what the trainee chose the same way and compares.
(function () {
  "use strict";
  var SB = (window.Skillbook = window.Skillbook || {});

  function fnv32(h, bytes) {
    for (var i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    return h >>> 0;
  }
  function hex(n) { return ("0000000" + n.toString(16)).slice(-8); }
  // hash is quiz.Hash: FNV-1a of the parts joined by U+001F, twice.
  function hash(parts) {
    var bytes = new TextEncoder().encode(parts.join("\x1f"));
    var a = fnv32(0x811c9dc5, bytes);
    return hex(a) + hex(fnv32((a ^ 0x5bd1e995) >>> 0, bytes));
  }
  // normalize is quiz.Normalize: NFKC, spaces trimmed and collapsed, lower case.
  function normalize(s) { return s.normalize("NFKC").trim().split(/\s+/).join(" ").toLowerCase(); }
  function decode(b64) {
    if (!b64) return "";
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder().decode(bytes);
  }
  function shuffle(parent, items) {
    for (var i = items.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1)), t = items[i]; items[i] = items[j]; items[j] = t;
    }
    items.forEach(function (el) { parent.appendChild(el); });
  }

  // ---- checking one question: returns {right, parts: {partId: bool}, chosen}
  function checkChoice(q, el, salt) {
    var parts = {}, chosen = [], right = true;
    el.querySelectorAll("input").forEach(function (input) {
      var correct = q.key[input.value][0] === hash([salt, q.id, input.value, "true"]);
      if (input.checked) { chosen.push(input.value); parts[input.value] = correct; }
      if (input.checked !== correct) right = false;
    });
    return { right: right, parts: parts, answered: chosen.length > 0 };
  }
  function checkFill(q, el, salt) {
    var right = true, answered = false;
    el.querySelectorAll("input.blank").forEach(function (input) {
      var i = input.getAttribute("data-blank"), v = normalize(input.value);
      answered = answered || v !== "";
      var ok = q.key["b" + i].indexOf(hash([salt, q.id, "b" + i, v])) >= 0;
      input.classList.toggle("is-wrong", !ok);
      input.classList.toggle("is-right", ok);
      right = right && ok;
    });
    return { right: right, answered: answered };
  }
  function checkOrder(q, el, salt, quiet) {
    var right = true;
    el.querySelectorAll(".q-order li").forEach(function (li, i) {
      var ok = q.key["p" + i][0] === hash([salt, q.id, "p" + i, li.getAttribute("data-id")]);
      if (!quiet) {
        li.classList.toggle("is-wrong", !ok);
        li.classList.toggle("is-right", ok);
      }
      right = right && ok;
    });
    return { right: right, answered: true };
  }
  function checkMatch(q, el, salt) {
    var right = true, answered = false;
    el.querySelectorAll("select").forEach(function (sel) {
      var i = sel.getAttribute("data-left");
      answered = answered || sel.value !== "";
      var ok = q.key["m" + i][0] === hash([salt, q.id, "m" + i, sel.value]);
      sel.classList.toggle("is-wrong", !ok);
      sel.classList.toggle("is-right", ok);
      right = right && ok;
    });
    return { right: right, answered: answered };
  }
  var checkers = { single: checkChoice, multiple: checkChoice, truefalse: checkChoice, fill: checkFill, order: checkOrder, match: checkMatch };

  // ---- showing the result of one question
  function showResult(form, q, el, res) {
    var box = el.querySelector(".q-result");
    box.innerHTML = "";
    var verdict = document.createElement("p");
    verdict.className = "q-verdict " + (res.right ? "is-right" : "is-wrong");
    verdict.textContent = (res.right ? "✓ " : "✗ ") + form.getAttribute(res.right ? "data-right" : "data-wrong");
    box.appendChild(verdict);
    if (q.explain) box.insertAdjacentHTML("beforeend", '<div class="q-explain">' + decode(q.explain) + "</div>");
    if (!res.right && q.skill) {
      var p = document.createElement("p"), a = document.createElement("a");
      p.className = "q-review";
      p.textContent = form.getAttribute("data-review") + " ";
      a.href = SB.href ? SB.href(q.skill.url) : q.skill.url;
      a.textContent = q.skill.title;
      p.appendChild(a);
      box.appendChild(p);
    }
    box.hidden = false;
    el.classList.add(res.right ? "is-right" : "is-wrong");
    el.querySelectorAll(".q-options li").forEach(function (li) {
      var input = li.querySelector("input"), fb = li.querySelector(".q-feedback");
      if (!input.checked) return;
      li.classList.add(res.parts[input.value] ? "is-right" : "is-wrong");
      var text = q.feedback && q.feedback[input.value];
      if (text) { fb.innerHTML = decode(text); fb.hidden = false; }
    });
  }

  function setLocked(form, locked) {
    form.querySelectorAll("fieldset.question input, fieldset.question select, fieldset.question button").forEach(function (c) {
      c.disabled = locked;
    });
    form.querySelector(".quiz-check").hidden = locked;
    form.querySelector(".quiz-retry").hidden = !locked;
  }

  function check(form, data) {
    var score = 0, total = 0, unanswered = 0, missed = [];
    data.questions.forEach(function (q) {
      var el = form.querySelector('fieldset[data-q="' + CSS.escape(q.id) + '"]');
      var res = checkers[q.type](q, el, data.salt);
      total += q.points;
      if (res.right) score += q.points; else missed.push(q.id);
      if (!res.answered) unanswered++;
      showResult(form, q, el, res);
    });
    var passed = total > 0 && score / total >= data.pass - 1e-9;
    var pct = total ? Math.round(score * 100 / total) : 0;
    var text = SB.fill(form.getAttribute("data-score"), score, total, pct);
    var out = form.querySelector(".quiz-score");
    out.textContent = text + " · " + form.getAttribute(passed ? "data-passed" : "data-failed") +
      (unanswered ? " · " + form.getAttribute("data-unanswered") : "");
    out.className = "quiz-score " + (passed ? "is-passed" : "is-failed");
    setLocked(form, true);
    document.dispatchEvent(new CustomEvent("skillbook:quiz", { detail: {
      quiz: data.id, score: score, total: total, passed: passed, missed: missed, at: Date.now() } }));
  }

  function reset(form, data) {
    form.reset();
    form.querySelectorAll(".is-right, .is-wrong").forEach(function (el) { el.classList.remove("is-right", "is-wrong"); });
    form.querySelectorAll(".q-result, .q-feedback").forEach(function (el) { el.hidden = true; el.innerHTML = ""; });
    var out = form.querySelector(".quiz-score");
    out.textContent = "";
    out.className = "quiz-score";
    setLocked(form, false);
    reshuffle(form, data);
    var first = form.querySelector("fieldset.question input, fieldset.question select, fieldset.question button");
    if (first) first.focus();
  }

  // reshuffle shuffles the options and the steps; steps never start solved.
  function reshuffle(form, data) {
    data.questions.forEach(function (q) {
      var el = form.querySelector('fieldset[data-q="' + CSS.escape(q.id) + '"]');
      var list = el.querySelector(".q-options, .q-order");
      if (!list || q.type === "truefalse") return;
      for (var tries = 0; tries < 20; tries++) {
        shuffle(list, Array.prototype.slice.call(list.children));
        if (q.type !== "order" || !checkOrder(q, el, data.salt, true).right) break;
      }
    });
  }

  // ---- ordering without dragging: move buttons; focus follows the item
  function move(btn) {
    var li = btn.closest("li"), dir = Number(btn.getAttribute("data-move"));
    var other = dir < 0 ? li.previousElementSibling : li.nextElementSibling;
    if (!other) return;
    li.parentNode.insertBefore(li, dir < 0 ? other : other.nextSibling);
    btn.focus();
  }

  function setup(form) {
    var script = form.querySelector("script.quiz-data");
    if (!script) return;
    var data = JSON.parse(script.textContent);
    if (data.shuffle) {
      reshuffle(form, data);
      shuffle(form, Array.prototype.slice.call(form.querySelectorAll("fieldset.question")));
      form.appendChild(form.querySelector(".quiz-actions"));
      form.appendChild(form.querySelector(".quiz-score"));
    }
    form.addEventListener("submit", function (e) { e.preventDefault(); check(form, data); });
    form.querySelector(".quiz-retry").addEventListener("click", function () { reset(form, data); });
    form.addEventListener("click", function (e) {
      var btn = e.target.closest("button.move");
      if (btn && !btn.disabled) move(btn);
    });
  }

  // setupQuiz makes a form scorable; drill.js calls it for the drills it builds.
  SB.setupQuiz = setup;
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.quiz").forEach(setup);
  });
})();
