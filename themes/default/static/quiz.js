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
  // keyIs reports whether a key's hash is that of parts: the whole hash,
  // or its first half, which the drills' data carries to be smaller.
  function keyIs(key, parts) {
    var h = hash(parts);
    return key === h || (typeof key === "string" && key.length === 8 && h.slice(0, 8) === key);
  }
  // normalize is quiz.Normalize: NFKC, spaces trimmed and collapsed, lower
  // case, a sentence's punctuation at either end left out (事件。 is 事件)
  // unless that leaves nothing.
  var EDGES = /^[。.,、!?;: ]+|[。.,、!?;: ]+$/g;
  function normalize(s) {
    s = s.normalize("NFKC").trim().split(/\s+/).join(" ").toLowerCase();
    return s.replace(EDGES, "") || s;
  }
  function decode(b64) {
    if (!b64) return "";
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder().decode(bytes);
  }
  // shuffle puts items, children of parent, in a random order in it.
  function shuffle(parent, items) {
    shuffled(items).forEach(function (el) { parent.appendChild(el); });
  }
  // shuffled puts items in a random order, in place, and returns them.
  function shuffled(items) {
    for (var i = items.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1)), t = items[i]; items[i] = items[j]; items[j] = t;
    }
    return items;
  }

  // ---- checking one question: returns {right, answered, parts: {partId: bool}}
  function isCorrect(q, salt, id) { return keyIs(q.key[id][0], [salt, q.id, id, "true"]); }
  function checkChoice(q, el, salt) {
    var parts = {}, answered = false, right = true;
    el.querySelectorAll("input").forEach(function (input) {
      var correct = isCorrect(q, salt, input.value);
      if (input.checked) { answered = true; parts[input.value] = correct; }
      if (input.checked !== correct) right = false;
    });
    return { right: right, parts: parts, answered: answered };
  }
  // mark colours a blank, a drop-down or a step: right, wrong, or — left
  // empty — unanswered, which is not called wrong (the score counts it so).
  function mark(el, ok, empty) {
    el.classList.toggle("is-unanswered", empty);
    el.classList.toggle("is-wrong", !empty && !ok);
    el.classList.toggle("is-right", !empty && ok);
  }
  function checkFill(q, el, salt) {
    var right = true, answered = false, blanks = [0, 0];
    el.querySelectorAll("input.blank").forEach(function (input) {
      var i = input.getAttribute("data-blank"), v = normalize(input.value);
      answered = answered || v !== "";
      var ok = q.key["b" + i].some(function (k) { return keyIs(k, [salt, q.id, "b" + i, v]); });
      mark(input, ok, v === "");
      right = right && ok;
      blanks[0] += ok ? 1 : 0;
      blanks[1]++;
    });
    return { right: right, answered: answered, blanks: blanks };
  }
  function checkOrder(q, el, salt, quiet) {
    // An order question starts shuffled: it is answered once a step moved,
    // and its steps are coloured only then (the shuffle is not an answer).
    var right = true, answered = el.hasAttribute("data-touched");
    el.querySelectorAll(".q-order li").forEach(function (li, i) {
      var ok = keyIs(q.key["p" + i][0], [salt, q.id, "p" + i, li.getAttribute("data-id")]);
      if (!quiet && answered) mark(li, ok, false);
      right = right && ok;
    });
    return { right: right, answered: answered };
  }
  function checkMatch(q, el, salt) {
    var right = true, answered = false;
    el.querySelectorAll("select").forEach(function (sel) {
      var i = sel.getAttribute("data-left");
      answered = answered || sel.value !== "";
      var ok = keyIs(q.key["m" + i][0], [salt, q.id, "m" + i, sel.value]);
      mark(sel, ok, sel.value === "");
      right = right && ok;
    });
    return { right: right, answered: answered };
  }
  var checkers = { single: checkChoice, multiple: checkChoice, truefalse: checkChoice, fill: checkFill, order: checkOrder, match: checkMatch };

  // ---- the right answer of a question, as texts, found from the hashes
  // (choices, steps, pairs) or from the hidden answers (blanks).
  function rightOrder(q, el, salt) {
    var steps = [].slice.call(el.querySelectorAll(".q-order li"));
    return Object.keys(q.key).map(function (k, i) {
      var li = steps.filter(function (s) { return keyIs(q.key["p" + i][0], [salt, q.id, "p" + i, s.getAttribute("data-id")]); })[0];
      return li ? li.querySelector(".step").textContent : "?";
    });
  }
  function rightPairs(q, el, salt) {
    return [].map.call(el.querySelectorAll("select"), function (sel) {
      var i = sel.getAttribute("data-left"), label = el.querySelector('label[for="' + CSS.escape(sel.id) + '"]');
      var opt = [].filter.call(sel.options, function (o) { return o.value && keyIs(q.key["m" + i][0], [salt, q.id, "m" + i, o.value]); })[0];
      return (label ? label.textContent : sel.getAttribute("aria-label") || "") + " → " + (opt ? opt.textContent : "?");
    });
  }
  // rightBlanks is each blank's answers, the alternatives joined by "或".
  function rightBlanks(form, q) {
    var answers = q.answers ? JSON.parse(decode(q.answers)) : [], or = " " + form.getAttribute("data-or") + " ";
    return answers.map(function (alts) { return alts.join(or); });
  }
  function rightAnswer(form, q, el, salt) {
    if (q.type === "order") return { label: form.getAttribute("data-right-order"), items: rightOrder(q, el, salt), ordered: true };
    if (q.type === "match") return { label: form.getAttribute("data-right-match"), items: rightPairs(q, el, salt) };
    if (q.type === "fill") {
      var blanks = rightBlanks(form, q); // several: numbered, blank by blank
      return { label: form.getAttribute("data-right-answer"), items: blanks, ordered: blanks.length > 1 };
    }
    return null;
  }

  // markOptions marks every option: chosen and right, right and missed,
  // chosen and wrong, each with a colour, an icon and a text (the one
  // right answer of a single choice not chosen is just that: not
  // "missed", which says a multiple choice's other right answers).
  function markOptions(form, q, el, salt) {
    el.querySelectorAll(".q-options li").forEach(function (li) {
      var input = li.querySelector("input"), fb = li.querySelector(".q-feedback");
      var correct = isCorrect(q, salt, input.value);
      var state = input.checked ? (correct ? "right" : "wrong") : (correct ? "missed" : "");
      if (!state) return;
      li.classList.add("is-" + state);
      var mark = li.querySelector(".q-mark") || li.querySelector("label").appendChild(document.createElement("span"));
      mark.className = "q-mark q-mark-" + state;
      var label = state === "missed" && q.type !== "multiple" ? "answer" : state;
      mark.textContent = { right: "✓ ", missed: "◯ ", wrong: "✗ " }[state] + form.getAttribute("data-mark-" + label);
      var text = input.checked && q.feedback && q.feedback[input.value];
      if (text) { fb.innerHTML = decode(text); fb.hidden = false; }
    });
  }

  // ---- showing the result of one question
  function showResult(form, q, el, res, salt) {
    var box = el.querySelector(".q-result");
    box.innerHTML = "";
    // A question left unanswered says so, neither right nor wrong in colour;
    // the result panel names it as counted wrong.
    var state = !res.answered ? "is-unanswered" : res.right ? "is-right" : "is-wrong";
    var verdict = document.createElement("p");
    verdict.className = "q-verdict " + state;
    verdict.textContent = !res.answered ? "– " + form.getAttribute("data-not-answered") :
      (res.right ? "✓ " : "✗ ") + form.getAttribute(res.right ? "data-right" : "data-wrong");
    if (res.answered && !res.right && res.blanks && res.blanks[1] > 1) { // some blanks right: how many
      verdict.textContent += SB.fill(SB.label(null, "", "blanks_right"), res.blanks[0], res.blanks[1]);
    }
    box.appendChild(verdict);
    var answer = rightAnswer(form, q, el, salt);
    if (answer && answer.items.length) {
      var p = document.createElement("p"), list = document.createElement(answer.ordered ? "ol" : "ul");
      p.className = "q-answer-label";
      p.textContent = answer.label;
      list.className = "q-answer";
      answer.items.forEach(function (t) { list.appendChild(document.createElement("li")).textContent = t; });
      box.appendChild(p);
      box.appendChild(list);
    }
    if (q.explain) box.insertAdjacentHTML("beforeend", '<div class="q-explain">' + decode(q.explain) + "</div>");
    if (!res.right && q.skill) box.appendChild(reviewLinks(form, [q.skill], "q-review"));
    box.hidden = false;
    el.classList.add(state);
    if (el.querySelector(".q-options")) markOptions(form, q, el, salt);
  }

  // reviewLinks is a line of buttons to the skill points to review.
  function reviewLinks(form, skills, cls) {
    var p = document.createElement("p");
    p.className = cls;
    p.textContent = form.getAttribute("data-review") + " ";
    skills.forEach(function (s) {
      var a = document.createElement("a");
      a.href = skillHref(s);
      a.className = "button";
      a.textContent = s.title;
      p.appendChild(a);
    });
    return p;
  }

  function setLocked(form, locked) {
    form.querySelectorAll("fieldset.question input, fieldset.question select, fieldset.question button").forEach(function (c) {
      c.disabled = locked;
    });
    form.querySelector(".quiz-check").hidden = locked;
    form.querySelector(".quiz-retry").hidden = !locked;
  }

  // promptText is a question's prompt as a line of text, each blank shown
  // as ＿＿ (a fill-in question's text would otherwise lose its gaps).
  function promptText(el) {
    var prompt = el.querySelector(".q-prompt").cloneNode(true);
    Array.prototype.forEach.call(prompt.querySelectorAll("input, select"), function (blank) {
      blank.parentNode.replaceChild(document.createTextNode("＿＿"), blank);
    });
    return prompt.textContent.trim();
  }

  function fieldset(form, q) { return form.querySelector('fieldset[data-q="' + CSS.escape(q.id) + '"]'); }
  function questionLabel(el) { var n = el.querySelector(".q-num"); return n ? n.textContent : el.id; }

  // check scores the form. Nothing answered: it asks for answers and
  // records nothing. Otherwise every question shows its verdict and right
  // answer, unanswered ones count as wrong and are named, and the result
  // panel gives the score against the pass mark.
  function check(form, data) {
    var results = data.questions.map(function (q) { return checkers[q.type](q, fieldset(form, q), data.salt); });
    var out = form.querySelector(".quiz-score");
    if (!results.some(function (r) { return r.answered; })) {
      out.textContent = form.getAttribute("data-empty");
      out.className = "quiz-score is-empty";
      return;
    }
    var score = 0, total = 0, answeredWrong = [], unanswered = [], missed = [], wrong = [], skills = [];
    data.questions.forEach(function (q, i) {
      var el = fieldset(form, q), res = results[i];
      total += q.points;
      if (res.right) score += q.points;
      else {
        missed.push(q.id);
        wrong.push({ q: q.id, skill: q.skill ? q.skill.id || "" : "", text: promptText(el).slice(0, 60) });
        if (q.skill && skills.every(function (s) { return s.url !== q.skill.url; })) skills.push(q.skill);
      }
      if (!res.answered) unanswered.push(el);
      else if (!res.right) answeredWrong.push(el);
      showResult(form, q, el, res, data.salt);
    });
    var passed = total > 0 && score / total >= data.pass - 1e-9;
    var asked = data.questions.map(function (q) { return q.skill; });
    resultPanel(form, out, { score: score, total: total, pass: data.pass, passed: passed, answeredWrong: answeredWrong, unanswered: unanswered, skills: skills, asked: asked });
    setLocked(form, true);
    var seen = {};
    data.questions.forEach(function (q) { seen[q.id] = q.v; });
    document.dispatchEvent(new CustomEvent("skillbook:quiz", { detail: {
      quiz: data.id, title: data.title, questions: data.questions.length, score: score, total: total, passed: passed, missed: missed, wrong: wrong, at: Date.now(),
      version: data.version, seen: seen } }));
  }

  function resultPanel(form, out, r) {
    var pct = r.total ? Math.round(r.score * 100 / r.total) : 0;
    out.textContent = "";
    out.className = "quiz-score " + (r.passed ? "is-passed" : "is-failed");
    var verdict = out.appendChild(document.createElement("p"));
    verdict.className = "quiz-verdict";
    verdict.textContent = (r.passed ? "✓ " : "✗ ") + form.getAttribute(r.passed ? "data-passed" : "data-failed");
    var line = out.appendChild(document.createElement("p"));
    line.className = "quiz-total";
    line.textContent = SB.fill(form.getAttribute("data-score"), r.score, r.total, pct) + " · " +
      SB.fill(form.getAttribute("data-pass-mark"), Math.round(r.pass * 100));
    var meter = out.appendChild(document.createElement("div"));
    meter.className = "quiz-meter";
    meter.setAttribute("aria-hidden", "true");
    meter.appendChild(document.createElement("span")).style.width = pct + "%";
    meter.appendChild(document.createElement("i")).style.left = Math.round(r.pass * 100) + "%";
    questionList(form, out, "quiz-wrong", "data-wrong-answers", r.answeredWrong);
    questionList(form, out, "quiz-unanswered", "data-unanswered", r.unanswered);
    if (r.skills.length) out.appendChild(reviewLinks(form, r.skills, "quiz-review-links"));
    var next = r.passed && (unreadSkill(r.asked) || continueLink(form));
    if (next) {
      var p = out.appendChild(document.createElement("p")), a = p.appendChild(document.createElement("a"));
      p.className = "quiz-continue";
      a.className = "button primary";
      a.href = next.href;
      a.textContent = form.getAttribute("data-continue") + "：" + next.title + " →";
    }
    // The panel takes focus, so that a keyboard or screen reader user hears
    // the score and goes on from it to 重做 or the next step.
    out.tabIndex = -1;
    out.focus();
  }

  // questionList adds to the result panel a line naming the questions
  // (答错：第 1 题、第 4 题), with the form's label attr, each a link to its
  // question (a long quiz on a phone is thousands of pixels tall); none
  // for none.
  function questionList(form, out, className, attr, questions) {
    if (!questions.length) return;
    var p = out.appendChild(document.createElement("p")), label = (form.getAttribute(attr) || "%s").split("%s");
    p.className = className;
    p.appendChild(document.createTextNode(label[0]));
    questions.forEach(function (el, i) {
      if (i) p.appendChild(document.createTextNode("、"));
      var a = p.appendChild(document.createElement("a"));
      a.href = "#" + el.id;
      a.textContent = questionLabel(el);
    });
    p.appendChild(document.createTextNode(label.slice(1).join("%s")));
  }

  // unreadSkill is, on a quiz page, the first skill point its questions
  // ask about that the trainee has not read: a chapter's quiz passed
  // before its pages were read goes on there, not past the chapter.
  function unreadSkill(asked) {
    var record = SB.progress && SB.progress.record();
    if (!record || !document.body.classList.contains("kind-quiz")) return null;
    for (var i = 0; i < asked.length; i++) {
      var s = asked[i];
      if (s && !record.read[s.id]) return { href: skillHref(s), title: s.title };
    }
    return null;
  }

  // skillHref is the address of a skill point a question asks about.
  function skillHref(s) { return SB.href ? SB.href(s.url) : s.url; }

  // continueLink is where to go after a pass: the next skill point (the
  // pager's next), else the page the quiz is for, else the last breadcrumb
  // (a skill point's chapter); null when the page has none of them. A
  // chapter's quiz with no page after it, the course's last, leads to its
  // course, not back to the chapter just done.
  function continueLink(form) {
    if (form.dataset.nextHref) return { href: form.dataset.nextHref, title: form.dataset.nextTitle }; // a drill's: the skill point after its own
    var next = document.querySelector(".pager a.next"), forLine = document.querySelector(".quiz-for:not([hidden]) a[href]");
    var crumbs = document.querySelectorAll(".breadcrumbs a[href]"), last = crumbs[crumbs.length - 1];
    if (forLine && last && crumbs.length > 1 && forLine.href === last.href) forLine = crumbs[crumbs.length - 2];
    var a = next || forLine || last;
    if (!a) return null;
    var span = a.querySelector("span"), title = a.textContent.slice(span ? span.textContent.length : 0).trim();
    return { href: a.href, title: title };
  }

  function reset(form, data) {
    form.reset();
    form.querySelectorAll(".is-right, .is-wrong, .is-missed, .is-unanswered").forEach(function (el) { el.classList.remove("is-right", "is-wrong", "is-missed", "is-unanswered"); });
    form.querySelectorAll(".q-mark").forEach(function (el) { el.remove(); });
    form.querySelectorAll("[data-touched]").forEach(function (el) { el.removeAttribute("data-touched"); });
    form.querySelectorAll(".q-result, .q-feedback").forEach(function (el) { el.hidden = true; el.innerHTML = ""; });
    var out = form.querySelector(".quiz-score");
    out.textContent = "";
    out.className = "quiz-score";
    setLocked(form, false);
    reshuffle(form, data);
    var first = form.querySelector("fieldset.question input, fieldset.question select, fieldset.question button");
    if (first) first.focus();
  }

  // reshuffle shuffles the options, the steps and a match's right items
  // (one order in every drop-down); steps never start solved.
  function reshuffle(form, data) {
    data.questions.forEach(function (q) {
      var el = form.querySelector('fieldset[data-q="' + CSS.escape(q.id) + '"]');
      if (q.type === "match") return reshuffleMatch(el);
      var list = el.querySelector(".q-options, .q-order");
      if (!list || q.type === "truefalse") return;
      for (var tries = 0; tries < 20; tries++) {
        shuffle(list, Array.prototype.slice.call(list.children));
        if (q.type !== "order" || !checkOrder(q, el, data.salt, true).right) break;
      }
      if (q.type === "order") markEnds(list);
    });
  }

  // reshuffleMatch puts the right items of a match question's drop-downs
  // in a new order, the same in each, the empty choice first.
  function reshuffleMatch(el) {
    var selects = [].slice.call(el.querySelectorAll("select")), order = [];
    if (!selects.length) return;
    [].forEach.call(selects[0].options, function (o) { if (o.value) order.push(o.value); });
    shuffled(order);
    selects.forEach(function (sel) {
      order.forEach(function (v) { sel.appendChild([].filter.call(sel.options, function (o) { return o.value === v; })[0]); });
    });
  }

  // ---- ordering without dragging: move buttons; focus follows the item
  function move(btn) {
    var li = btn.closest("li"), dir = Number(btn.getAttribute("data-move"));
    var other = dir < 0 ? li.previousElementSibling : li.nextElementSibling;
    if (!other) return;
    li.parentNode.insertBefore(li, dir < 0 ? other : other.nextSibling);
    btn.closest("fieldset").setAttribute("data-touched", "");
    markEnds(li.parentNode);
    btn.focus();
  }
  // markEnds marks the first step's ↑ and the last's ↓ as doing nothing
  // (aria-disabled, not disabled: a button that moved there keeps focus).
  function markEnds(list) {
    [].forEach.call(list.children, function (li, i) {
      [].forEach.call(li.querySelectorAll("button.move"), function (b) {
        var end = Number(b.getAttribute("data-move")) < 0 ? i === 0 : i === list.children.length - 1;
        if (end) b.setAttribute("aria-disabled", "true");
        else b.removeAttribute("aria-disabled");
      });
    });
  }

  // goOnAtEnter keeps Enter in a blank from handing the quiz in (a form
  // submits on Enter, and an input method's or a phone keyboard's 前往
  // sends one after each answer): it goes on to the next blank, after the
  // last to 检查答案, which checks only when pressed. The key's keydown and
  // keypress are cancelled and focus moves at its keyup, so that no part
  // of the key reaches the button; an Enter that ends an input method's
  // composition is the input method's.
  function goOnAtEnter(form) {
    var pressed = null;
    function inBlank(e) { return e.key === "Enter" && e.target.matches("input.blank"); }
    form.addEventListener("keydown", function (e) {
      pressed = inBlank(e) && !e.isComposing ? e.target : null;
      if (pressed) e.preventDefault();
    });
    form.addEventListener("keypress", function (e) { if (inBlank(e)) e.preventDefault(); });
    form.addEventListener("keyup", function (e) {
      if (!inBlank(e) || e.target !== pressed) return;
      pressed = null;
      var blanks = [].slice.call(form.querySelectorAll("input.blank:not([disabled])"));
      var next = blanks[blanks.indexOf(e.target) + 1] || form.querySelector(".quiz-check");
      if (next) next.focus();
    });
  }

  // versions gives a drill, whose data has none, its questions' versions
  // and its own, as internal/quiz/version.go gives a quiz's: what is asked
  // (prompt, keys, answers) and the questions' ids and versions, on the
  // form as a quiz page has them (progress.js compares them with those
  // answered before).
  function versions(form, data) {
    if (data.version) return;
    data.questions.forEach(function (q) {
      q.v = hash([q.id, q.type, promptText(fieldset(form, q)), JSON.stringify(q.key), q.answers || ""]).slice(0, 8);
      fieldset(form, q).setAttribute("data-v", q.v);
    });
    data.version = hash(data.questions.map(function (q) { return q.id + ":" + q.v; }).sort()).slice(0, 8);
    [form, form.querySelector(".quiz-meta")].forEach(function (e) { if (e) e.setAttribute("data-version", data.version); });
  }

  function setup(form) {
    var script = form.querySelector("script.quiz-data");
    if (!script) return;
    var data = JSON.parse(script.textContent);
    versions(form, data);
    if (data.shuffle) {
      reshuffle(form, data);
      shuffle(form, Array.prototype.slice.call(form.querySelectorAll("fieldset.question")));
      form.appendChild(form.querySelector(".quiz-score"));
      form.appendChild(form.querySelector(".quiz-actions")); // 重做 after the result
    }
    form.querySelectorAll(".q-order").forEach(markEnds);
    form.addEventListener("submit", function (e) { e.preventDefault(); check(form, data); });
    goOnAtEnter(form);
    form.querySelector(".quiz-retry").addEventListener("click", function () { reset(form, data); });
    form.addEventListener("click", function (e) {
      var btn = e.target.closest("button.move");
      if (btn && !btn.disabled && !btn.hasAttribute("aria-disabled")) move(btn);
    });
  }

  // setupQuiz makes a form scorable; drill.js calls it for the drills it builds.
  SB.setupQuiz = setup;
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.quiz").forEach(setup);
  });
})();
