// Skillbook search, pinyin slips and suggestions, loaded by search.js for
// a query with a pair that no page has, or that finds nothing. The same
// steps as Correct and Suggest in internal/search.
(function () {
  "use strict";
  var SB = window.Skillbook, S = SB._search;
  var load = S.load, loaded = S.loaded, shard = S.shard, loadShards = S.loadShards, inFields = S.inFields, hanRuns = S.hanRuns, pieces = S.pieces;
  var letterWords = S.letterWords, singular = S.singular;
  var loadDoc = S.loadDoc, snippet = S.snippet, link = S.link, MAX_QUERY = S.MAX_QUERY;

  function nearName(key, meta) { return "n/" + shard(key, meta.near.shards) + ".js"; }
  function pinyinOf(c, meta) {
    var cp = c.codePointAt(0), py = meta.near.pinyin;
    if (cp < py[0] || cp > py[1]) return "";
    var t = loaded["n/py" + Math.floor((cp - py[0]) / py[2]) + ".js"], i = 2 * ((cp - py[0]) % py[2]);
    var n = PY_DIGITS.indexOf(t.codes[i]) * 64 + PY_DIGITS.indexOf(t.codes[i + 1]);
    return n ? t.syllables[n - 1] : "";
  }
  var PY_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  function pinyinKey(term, meta) {
    var key = "", cps = Array.from(term);
    for (var i = 0; i < cps.length; i++) {
      var p = pinyinOf(cps[i], meta);
      if (!p) return "";
      key += p;
    }
    return cps.length >= 2 ? key : "";
  }
  // correct resolves to the query with its pinyin slips replaced, or ""
  // when there is none (see Correct in Go).
  function correct(query) {
    var cps = Array.from(Array.from(String(query)).slice(0, MAX_QUERY).join("").normalize("NFKC")), meta, ordinal = false;
    return load("meta.js").then(function (m) {
      meta = m;
      return correctOrdinals(cps, meta);
    }).then(function (fixed) {
      ordinal = fixed !== null;
      if (ordinal) cps = Array.from(fixed);
      return correctPinyin(cps, meta);
    }).then(function (fixed) { return fixed || (ordinal ? cps.join("") : ""); });
  }
  // correctOrdinals resolves to the text with 第 and a number in digits
  // written in the pages' Chinese numerals, or null when none is
  // (correctOrdinals in Go).
  function correctOrdinals(cps, meta) {
    var text = cps.join(""), re = /第([1-9][0-9]?)(?![0-9])/g, found = [], m;
    while ((m = re.exec(text))) found.push("第" + hanNumber(Number(m[1])));
    if (!found.length) return Promise.resolve(null);
    var pairs = [];
    found.forEach(function (f) { var c = Array.from(f); for (var i = 0; i + 1 < c.length; i++) pairs.push(c[i] + c[i + 1]); });
    return loadShards(pairs, meta).then(function () {
      var changed = false;
      text = text.replace(re, function (all, digits) {
        var c = Array.from("第" + hanNumber(Number(digits)));
        for (var i = 0; i + 1 < c.length; i++) if (!inFields(c[i] + c[i + 1], meta)) return all;
        changed = true;
        return c.join("");
      });
      return changed ? text : null;
    });
  }
  var HAN_DIGITS = "〇一二三四五六七八九";
  // hanNumber writes 1 to 99 in Chinese numerals (hanNumber in Go).
  function hanNumber(n) {
    if (n < 10) return HAN_DIGITS[n];
    return (n >= 20 ? HAN_DIGITS[Math.floor(n / 10)] : "") + "十" + (n % 10 ? HAN_DIGITS[n % 10] : "");
  }
  // correctPinyin resolves to the text of cps with its pinyin slips
  // replaced, or "" when there is none.
  function correctPinyin(cps, meta) {
    var runs = hanRuns(cps), pairs = [], words = letterWords(cps.join(""));
    runs.forEach(function (r) { for (var i = r[0]; i + 1 < r[1]; i++) pairs.push(cps[i] + cps[i + 1]); });
    if (!pairs.length && !words.length) return Promise.resolve("");
    return loadShards(pairs.concat(words.map(singular)), meta).then(function () {
      var missing = pairs.filter(function (p) { return !inFields(p, meta); });
      if (!missing.length) return false;
      var reversed = missing.map(function (p) { var c = Array.from(p); return c[1] + c[0]; });
      return loadShards(reversed, meta).then(function () { return missing; });
    }).then(function (missing) {
      var py = meta.near.pinyin, blocks = {};
      if (!missing) return false;
      missing.forEach(function (p) {
        Array.from(p).forEach(function (c) {
          var cp = c.codePointAt(0);
          if (cp >= py[0] && cp <= py[1]) blocks["n/py" + Math.floor((cp - py[0]) / py[2]) + ".js"] = true;
        });
      });
      return Promise.all(Object.keys(blocks).map(load)).then(function () {
        var names = {};
        missing.forEach(function (p) { var k = pinyinKey(p, meta); if (k) names[nearName(k, meta)] = true; });
        return Promise.all(Object.keys(names).map(load));
      }).then(function () {
        var pairs = [];
        runs.forEach(function (r) { pairs = pairs.concat(neighbourPairs(cps.slice(r[0], r[1]), meta)); });
        return loadShards(pairs, meta);
      }).then(function () { return true; });
    }).then(function (any) {
      var changed = false;
      if (any) runs.forEach(function (r) { if (correctRun(cps, r[0], r[1], meta)) changed = true; });
      var text = cps.join("");
      return correctLetters(text, meta).then(function (fixed) { return changed || fixed !== text ? fixed : ""; });
    });
  }
  var MAX_SYLLABLES = 4; // maxSyllables in Go
  // correctLetters resolves to the text with its pinyin typed as letters
  // replaced by the site's term of that pinyin: from each word on, the
  // most words joined that are one (correctLetters and typedWords in Go).
  function correctLetters(text, meta) {
    var ws = S.asciiWords(text), tried = [];
    ws.forEach(function (w, i) { tried = tried.concat(typings(ws, i, meta)); });
    var joined = tried.map(function (t) { return t.joined; });
    return loadShards(joined.map(singular), meta).then(function () {
      tried = tried.filter(function (t) { return t.unknown && !inFields(singular(t.joined), meta); });
      return Promise.all(tried.map(function (t) { return load(nearName(t.joined, meta)); }));
    }).then(function () {
      var out = "", at = 0;
      for (var i = 0; i < ws.length;) {
        var t = tried.filter(function (t) { return t.from === i && typedTerm(t.joined, meta); })[0];
        if (!t) { i++; continue; }
        out += text.slice(at, ws[i].start) + typedTerm(t.joined, meta);
        at = ws[i + t.n - 1].end;
        i += t.n;
      }
      return out + text.slice(at);
    });
  }
  // typings are the ways the words from i on may be pinyin typed, the most
  // words first: joined, whether some of them is in no page (or it is one
  // word), and how many.
  function typings(ws, i, meta) {
    var out = [], joined = ws[i].word, unknown = !inFields(singular(ws[i].word), meta);
    for (var n = 2; n <= MAX_SYLLABLES && S.joinable(ws, i + n - 2); n++) {
      joined += ws[i + n - 1].word;
      if (!inFields(singular(ws[i + n - 1].word), meta)) unknown = true;
      out.unshift({ from: i, n: n, joined: joined, unknown: unknown });
    }
    out.push({ from: i, n: 1, joined: ws[i].word, unknown: true });
    return out.filter(function (t) { return /^[a-z]{3,}$/.test(t.joined); });
  }
  // typedTerm is the site's term whose pinyin word is, or "".
  function typedTerm(word, meta) {
    var f = loaded[nearName(word, meta)];
    return f && f.pinyin[word] && f.pinyin[word].length ? f.pinyin[word][0] : "";
  }
  // neighbourPairs are the pairs a replacement in a run may make with the
  // characters beside it: correctRun asks whether pages have them.
  function neighbourPairs(run, meta) {
    var found = [], out = [];
    for (var i = 0; i + 1 < run.length; i++) found.push(inFields(run[i] + run[i + 1], meta));
    found.forEach(function (ok, i) {
      if (ok || inFields(run[i + 1] + run[i], meta)) return;
      samePinyin(run[i] + run[i + 1], meta).forEach(function (t) {
        var c = Array.from(t);
        if (c.length !== 2) return;
        if (c[0] !== run[i] && i > 0) out.push(run[i - 1] + c[0]);
        if (c[1] !== run[i + 1] && i + 1 < found.length) out.push(c[1] + run[i + 2]);
      });
    });
    return out;
  }
  function samePinyin(term, meta) {
    var key = pinyinKey(term, meta);
    if (!key) return [];
    var f = loaded[nearName(key, meta)];
    return ((f && f.pinyin[key]) || []).filter(function (t) { return t !== term; });
  }
  var KEPT_CHARS = "是的了吗呢么什怎哪"; // keptChars in Go
  // within marks the characters of a run that stand in a word of two
  // characters or more that the lexicon knows (within in Go).
  function within(run, lex) { return S.marked(run, lex.has, lex); }
  // aWord reports a term that some page has as a word of its own, in its
  // words field (aWord in Go): 护客 only stands across 保护 and 客户.
  function aWord(term, meta) {
    var e = S.entry(term, meta), words = -1;
    meta.fields.forEach(function (f, i) { if (f[0] === "words") words = i; });
    return !!e && (e.d || e).some(function (p) { return p[0] === words; });
  }
  function correctRun(cps, from, to, meta) {
    var asked = cps.slice(from, to), run = asked.slice(), found = [], known = within(asked, S.lexicon(meta)), replaced = [], changed = false;
    for (var i = 0; i + 1 < run.length; i++) found.push(inFields(run[i] + run[i + 1], meta));
    // may: character j may become c (see correctRun in Go)
    function may(j, other, c) {
      if (c === run[j]) return true;
      if (replaced[j] || known[j] || KEPT_CHARS.indexOf(run[j]) >= 0) return false;
      if (other < 0 || other >= found.length) return true;
      if (replaced[other] || replaced[other + 1]) return false;
      var pair = [run[other], run[other + 1]];
      pair[j - other] = c;
      return inFields(pair.join(""), meta);
    }
    found.forEach(function (ok, i) {
      if (ok || aWord(asked[i + 1] + asked[i], meta)) return; // or the other word order
      var cands = samePinyin(asked[i] + asked[i + 1], meta);
      for (var j = 0; j < cands.length; j++) {
        var c = Array.from(cands[j]);
        if (c.length !== 2 || !may(i, i - 1, c[0]) || !may(i + 1, i + 1, c[1])) continue;
        run[i] = c[0];
        run[i + 1] = c[1];
        replaced[i] = replaced[i + 1] = changed = true;
        break;
      }
    });
    for (var k = 0; k < run.length; k++) cps[from + k] = run[k];
    return changed;
  }
  // units are a text's Han characters and lower-cased runs of letters and
  // digits, each once.
  function units(text) {
    var out = [];
    pieces(text).forEach(function (p) { p.forEach(function (u) { if (out.indexOf(u) < 0) out.push(u); }); });
    return out;
  }
  // suggest resolves to the pages whose titles and key points share most
  // of the query's units, two of them at least, or its one (see Suggest in
  // Go).
  var MAX_SUGGESTIONS = 5;
  function suggest(q) {
    var us = units(Array.from(q).slice(0, MAX_QUERY).join("")), meta;
    return load("meta.js").then(function (m) {
      meta = m;
      return Promise.all(us.map(function (u) { return load(nearName(u, meta)); }));
    }).then(function (files) {
      var score = {}, shared = {};
      us.forEach(function (u, i) {
        var lists = files[i].units[u] || [], got = {};
        lists.forEach(function (gaps, f) {
          for (var j = 0, d = 0; j < gaps.length; j++) { d += gaps[j]; got[d] = Math.max(got[d] || 0, 2 - f); }
        });
        Object.keys(got).forEach(function (d) { score[d] = (score[d] || 0) + got[d]; shared[d] = (shared[d] || 0) + 1; });
      });
      var need = Math.min(2, us.length);
      var docs = Object.keys(score).filter(function (d) { return shared[d] >= need; }).map(Number).sort(function (a, b) { return score[b] - score[a] || a - b; }).slice(0, MAX_SUGGESTIONS);
      return Promise.all(docs.map(function (d) { return loadDoc(d, meta); }));
    }).then(function (docs) {
      return docs.map(function (d) {
        var sn = snippet(d.text, us);
        return { url: link(d, sn.first), title: d.title, snippet: sn.html };
      });
    });
  }
  SB._searchNear = { correct: correct, suggest: suggest };
})();
