// Skillbook search: queries the static export of the site's bleve index
// (search/ in the output) and ranks exactly as the index does. Exposes
// window.Skillbook.search(query, {limit}). Dependency-free; loads its data
// as <script> files so that it works from file:// too.
(function () {
  "use strict";
  var SB = (window.Skillbook = window.Skillbook || {});
  var MAX_QUERY = 200, BEFORE = 20, LENGTH = 80;

  // ---- loading ---------------------------------------------------------
  var loaded = {}, waiting = {};
  // load loads a search data file, a script that hands its data to one of
  // the functions below. Over http it is fetched and parsed as JSON, which
  // is quicker than running it; from disk, where fetch() is refused, it
  // runs as a <script>.
  function load(name) {
    if (loaded[name] !== undefined) return Promise.resolve(loaded[name]);
    if (!waiting[name]) {
      var url = new URL("search/" + name, SB.root).href;
      waiting[name] = (location.protocol === "file:" ? runScript(url) : fetchData(url)).then(function () {
        if (loaded[name] === undefined) throw new Error("search data " + name + " is damaged");
        return loaded[name];
      }, function (err) {
        delete waiting[name];
        throw err;
      });
    }
    return waiting[name];
  }
  // runScript runs a data file from disk; a packed one (searchZ) is
  // inflated after it has run, and the load waits for that.
  function runScript(url) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = url;
      s.onload = function () {
        var p = unpacking[s.src];
        delete unpacking[s.src];
        resolve(p);
      };
      s.onerror = function () { reject(new Error("search data " + url + " could not be loaded")); };
      document.head.appendChild(s);
    });
  }
  var CALL = /^\uFEFF?Skillbook\.(search\w+)\($/, unpacking = {};
  function fetchData(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error("search data " + url + " could not be loaded");
      return r.arrayBuffer();
    }).then(function (buf) { return runData(new Uint8Array(buf)); });
  }
  // runData hands a data file to its Skillbook.search… function, parsed as
  // JSON. Packs are in UTF-16 with a byte order mark (utf16File in Go),
  // which a <script> honours and Response.text() does not; a packed file
  // (Skillbook.searchZ, also UTF-16) is inflated first.
  function runData(b) {
    var utf16 = b[0] === 0xFF && b[1] === 0xFE;
    if (utf16 && b.length > 36 && b[34] === 0x5A && b[36] === 0x28) { // "Z(" of "Skillbook.searchZ("
      var head = "", i = 36;
      while (i < b.length && b[i] !== 0x22) { head += String.fromCharCode(b[i]); i += 2; }
      var n = head.slice(1).split(",").map(Number);
      return unpacked(new Uint16Array(b.buffer, b.byteOffset + i + 2, 2 * pairs(n[0])), n).then(runData);
    }
    var text = new TextDecoder(utf16 ? "utf-16le" : "utf-8").decode(b), open = text.indexOf("(");
    var name = CALL.exec(text.slice(0, open + 1)), close = text.lastIndexOf(")");
    if (name && close > open && typeof SB[name[1]] === "function") SB[name[1]](JSON.parse(text.slice(open + 1, close)));
  }
  // A packed file run as a <script> (from disk) hands its deflated bytes
  // here: n bytes, m once inflated, with a dictionary of d bytes (0: none),
  // 31 bits in every two characters of s.
  SB.searchZ = function (n, m, d, s) {
    var units = new Uint16Array(s.length), src = document.currentScript && document.currentScript.src;
    for (var i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
    unpacking[src] = unpacked(units, [n, m, d]).then(runData);
  };
  // unpacked is the file whose deflated bytes the code units hold
  // (internal/search/packed.go): each pair two digits of a 31-bit number in
  // base 46848, U+2100 + digit; the bits big end first. n: the deflated
  // length, the inflated one, the dictionary's.
  function pairs(n) { return Math.floor((8 * n + 30) / 31); }
  function unpacked(units, n) {
    var d = n[2] ? dictionary(n[2]) : null, k = d ? d.length + 5 : 0, z = new Uint8Array(k + n[0]), o = k, acc = 0, bits = 0;
    if (d) { z.set([0, d.length & 255, d.length >> 8, ~d.length & 255, ~d.length >> 8 & 255]); z.set(d, 5); }
    for (var i = 0; o < z.length; i += 2) {
      var v = (units[i] - 0x2100) * 46848 + units[i + 1] - 0x2100;
      acc = acc << 15 | v >>> 16; bits += 15;
      while (bits >= 8 && o < z.length) { bits -= 8; z[o++] = acc >>> bits & 255; }
      acc = (acc & ((1 << bits) - 1)) << 16 | v & 0xFFFF; bits += 16;
      while (bits >= 8 && o < z.length) { bits -= 8; z[o++] = acc >>> bits & 255; }
      acc &= (1 << bits) - 1;
    }
    return inflate(z).then(function (b) {
      if (b.length !== (d ? d.length : 0) + n[1]) throw new Error("search data: " + b.length + " bytes inflated, " + n[1] + " expected");
      return d ? b.subarray(d.length) : b;
    });
  }
  // dictionary is the packs' dictionary (meta.js's "dict") in UTF-16,
  // little end first. DecompressionStream takes no dictionary, so a pack's
  // deflated bytes follow it as a stored block, and the output loses it.
  var dict;
  function dictionary(size) {
    if (!dict) {
      var s = (loaded["meta.js"] || loaded["meta-char.js"]).dict;
      dict = new Uint8Array(2 * s.length);
      for (var i = 0; i < s.length; i++) { dict[2 * i] = s.charCodeAt(i) & 255; dict[2 * i + 1] = s.charCodeAt(i) >> 8; }
    }
    if (dict.length !== size) throw new Error("search data: a dictionary of " + size + " bytes, meta.js has " + dict.length);
    return dict;
  }
  // inflate inflates raw deflate data by the browser's DecompressionStream
  // (Chromium 103, Safari 16.4, Firefox 113 on); older browsers, such as
  // office PCs' Chromium-based ones and iPhones not updated, load
  // assets/search-inflate.js (pako's inflate) once instead.
  var fallback;
  function inflate(z) {
    if (nativeInflate()) {
      // written to the stream directly: a Blob costs the page a round trip to the browser's process
      var ds = new DecompressionStream("deflate-raw"), w = ds.writable.getWriter();
      w.write(z);
      w.close();
      return new Response(ds.readable).arrayBuffer().then(function (b) { return new Uint8Array(b); });
    }
    fallback = fallback || runScript(new URL("assets/search-inflate.js", SB.root).href).then(function () { return SB._inflate; });
    return fallback.then(function (f) { return f(z); });
  }
  var native;
  function nativeInflate() {
    if (native === undefined) {
      try { native = typeof DecompressionStream === "function" && !!new DecompressionStream("deflate-raw") && typeof Response === "function"; }
      catch (e) { native = false; }
    }
    return native;
  }
  SB.searchMeta = function (d) { loaded["meta.js"] = d; };
  SB.searchMetaChar = function (d) { loaded["meta-char.js"] = d; };
  SB.searchTerms = function (d) { loaded["t/" + d[0] + ".js"] = { terms: d[1], chars: d[2], pairs: d[3] || {}, top: d[4] || {}, weights: d[5] || {} }; };
  SB.searchDocs = function (d) {
    loaded["d/" + d[0] + ".js"] = d[1].map(function (f) {
      return { url: f[0], title: f[1], kind: f[2], course: f[3], text: f[4], anchors: f[5], common: f[6], x: f[7] || "" };
    });
  };
  SB.searchBlock = function (d) {
    var p = decodePostings(d[1]);
    p.pairs = d[2] || [];
    loaded["p/" + d[0] + ".js"] = p;
  };
  SB.searchNear = function (d) { loaded["n/" + d[0] + ".js"] = { pinyin: d[1], units: d[2] }; };
  SB.searchPinyin = function (d) { loaded["n/py" + d[0] + ".js"] = { syllables: d[1], codes: d[2] }; };

  // A pack holds meta.pack consecutive documents, each with its postings of
  // the common terms (appendCommon in Go), which docPostings gathers for
  // the documents loaded as {l: field lengths, t: {term number: [field,
  // freq…]}}, decoded when first needed (decodeCommon): the packs of the
  // results shown seldom are.
  var docPostings = {}, docsLoaded = 0;
  function loadDoc(doc, meta) {
    var p = Math.floor(doc / meta.pack);
    return load("d/" + p + ".js").then(function (pack) {
      pack.forEach(function (d, i) {
        if (docPostings[p * meta.pack + i]) return;
        docPostings[p * meta.pack + i] = { doc: d, counted: {}, l: null, t: null };
        docsLoaded++;
      });
      return pack[doc - p * meta.pack];
    });
  }
  // decodeCommon decodes a document's common postings: in base 16384, a digit
  // a UTF-16 code unit, U+8000 on for those that more follow, U+4000 on
  // for the last; the fields' lengths, then for each posting ((term gap ×
  // 8 + field) × 4 + count − 1), the count after it when that is over 3.
  // Those of the title and the body are not there: they are counted in the
  // document's own title and text when asked for (counted).
  function decodeCommon(c, meta) {
    if (c.t) return c;
    var s = c.doc.common, n = [], v = 0;
    for (var i = 0; i < s.length; i++) {
      var u = s.charCodeAt(i);
      if (u >= 0x8000) v = v * 16384 + u - 0x8000;
      else { n.push(v * 16384 + u - 0x4000); v = 0; }
    }
    var fields = meta.fields.length + 1, l = n.slice(0, fields), t = {}, term = 0;
    for (var j = fields; j < n.length;) {
      var x = n[j++], freq = x % 4 + 1, field = Math.floor(x / 4) % 8;
      term += Math.floor(x / 32);
      if (freq === 4) freq = n[j++];
      (t[term] || (t[term] = [])).push(field, freq);
    }
    c.l = l;
    c.t = t;
    return c;
  }
  // counted is a document's title or body (fields counted in its text, not
  // stored) as {text: the text normalized, length: terms in all, freq: the
  // counts of the terms asked so far (countIn)}.
  function counted(c, field, meta) {
    if (c.counted[field]) return c.counted[field];
    var text = fieldText(c, field, meta);
    return (c.counted[field] = { text: text, length: termTotal(text), freq: new Map(), all: null });
  }
  // fieldText is a document's title or body, normalized.
  function fieldText(c, field, meta) {
    var texts = c.texts || (c.texts = {});
    if (texts[field] === undefined) texts[field] = (field === fieldIndex(meta, "title") ? c.doc.title : c.doc.text).normalize("NFKC");
    return texts[field];
  }
  // countIn is how many times term is among the terms of a counted text:
  // a pair of Han characters wherever it stands (two Han characters in a
  // row are in one run), a lone one where no Han character stands beside
  // it; anything else is looked up among the text's terms, counted once.
  function countIn(f, term) {
    var n = f.freq.get(term);
    if (n !== undefined) return n;
    var cps = Array.from(term), text = f.text, i;
    n = 0;
    if (cps.length === 2 && isHan(cps[0]) && isHan(cps[1])) {
      for (i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) n++;
    } else if (cps.length === 1 && isHan(cps[0])) {
      for (i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) if (!hanBefore(text, i) && !hanAt(text, i + term.length)) n++;
    } else {
      if (!f.all) {
        f.all = new Map();
        terms(text).forEach(function (t) { f.all.set(t, (f.all.get(t) || 0) + 1); });
      }
      n = f.all.get(term) || 0;
    }
    f.freq.set(term, n);
    return n;
  }
  function hanAt(text, i) { return i < text.length && isHan(String.fromCodePoint(text.codePointAt(i))); }
  function hanBefore(text, i) {
    if (i === 0) return false;
    var lo = text.charCodeAt(i - 1), j = lo >= 0xDC00 && lo <= 0xDFFF && i >= 2 ? i - 2 : i - 1;
    return isHan(String.fromCodePoint(text.codePointAt(j)));
  }
  function isCounted(field, meta) { return field === fieldIndex(meta, "title") || field === fieldIndex(meta, "body"); }

  // Postings come as strings of numbers (internal/search/compact.go): in
  // base 45, each digit a character from "#" on, the backslash skipped;
  // digits 0–44 say more follow, 45–89 that this one is the last.
  function decodeNumbers(s) {
    var out = [], v = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i) - 35;
      if (c > 57) c--;
      if (c < 45) v = v * 45 + c;
      else { out.push(v * 45 + c - 45); v = 0; }
    }
    return out;
  }
  // decodePostings turns a term's postings string — for each field, its
  // number times two (plus one when positions are kept), the count of
  // postings, and for each the gap from the document before times two
  // (plus one when a count follows), the count, the positions if kept
  // (the first, then gaps) — into [field, doc gap, freq, -1, …] lists:
  // the field's length is in meta.js (fieldLength). Positions are
  // decoded when asked for (positionsOf): a list's pos holds where each
  // posting's positions start in the string, its src.
  function decodePostings(s) {
    var out = [], at = 0;
    function next() {
      for (var v = 0; ;) {
        var c = s.charCodeAt(at++) - 35;
        if (c > 57) c--;
        if (c >= 45) return v * 45 + c - 45;
        v = v * 45 + c;
      }
    }
    while (at < s.length) {
      var head = next(), list = [head >> 1], kept = head & 1, count = next();
      if (kept) { list.pos = []; list.src = s; }
      for (var j = 0; j < count; j++) {
        var g = next(), freq = g % 2 ? next() : 1;
        list.push((g - g % 2) / 2, freq, -1);
        if (!kept) continue;
        list.pos.push(at);
        for (var k = 0; k < freq; at++) if (s.charCodeAt(at) >= 80) k++; // "P" (80) on: a number's last digit
      }
      out.push(list);
    }
    return out;
  }
  // positionsOf decodes the positions of a list's k-th posting.
  function positionsOf(list, k) {
    var s = list.src, at = list.pos[k], freq = list[3 * k + 2], out = [], v = 0, last = 0;
    while (out.length < freq) {
      var c = s.charCodeAt(at++) - 35;
      if (c > 57) c--;
      if (c < 45) v = v * 45 + c;
      else { out.push(last += v * 45 + c - 45); v = 0; }
    }
    return out;
  }
  // fieldLength is a document's field's length (terms in all), from
  // meta.js's lengths (loaded before a query ranks: ranked): field by
  // field (the phrases last), each field's for every document in turn.
  function fieldLength(doc, field) {
    var meta = loaded["meta.js"];
    if (!meta.lengthOf) meta.lengthOf = decodeNumbers(meta.lengths);
    return meta.lengthOf[field * meta.n + doc];
  }

  // ---- analysis: the same steps as the Go analyzer ----------------------
  var HAN = /\p{Script=Han}/u, WORD = /[\p{L}\p{N}\p{M}]/u, DIGIT = /\p{Nd}/u;
  // charClass is what the three classes above say of a character (a code
  // point): 1 Han, 2 word, 4 digit; remembered for those of one code unit.
  var classes = new Uint8Array(65536);
  function classOf(cp) {
    var k = cp < 65536 ? classes[cp] : 0;
    if (k) return k - 1;
    var c = String.fromCodePoint(cp);
    k = (HAN.test(c) ? 1 : 0) | (WORD.test(c) ? 2 : 0) | (DIGIT.test(c) ? 4 : 0);
    if (cp < 65536) classes[cp] = k + 1;
    return k;
  }
  function isHan(c) { return (classOf(c.codePointAt(0)) & 1) !== 0; }
  function isWord(c) { return (classOf(c.codePointAt(0)) & 2) !== 0; }
  function isDigit(c) { return (classOf(c.codePointAt(0)) & 4) !== 0; }
  var lowered = new Map();
  function lower(c) {
    var l = lowered.get(c);
    if (l !== undefined) return l;
    l = c === "\u0130" ? "i" : c.toLowerCase();
    if (Array.from(l).length !== 1) l = c;
    lowered.set(c, l);
    return l;
  }
  function lowerToken(cps) { return singular(cps.map(lower).join("")); }
  // singular drops the s of an English plural: a word of four Latin
  // letters or more ending in s, not ss or us (singular in Go).
  var LATIN_LETTERS = /^\p{Script=Latin}{4,}$/u;
  function singular(w) { return /[^su]s$/.test(w) && LATIN_LETTERS.test(w) ? w.slice(0, -1) : w; }
  function analyze(text) {
    var seen = {};
    return terms(text).filter(function (t) { return seen[t] ? false : (seen[t] = true); });
  }
  // terms are the terms of text, as often as they occur.
  function terms(text) {
    var cps = Array.from(text.normalize("NFKC")), terms = [], han = [], word = null;
    function flushWord() { if (word) { terms.push(lowerToken(word)); word = null; } }
    function flushHan() {
      if (han.length === 1) terms.push(han[0]);
      for (var i = 0; i + 1 < han.length; i++) terms.push(han[i] + han[i + 1]);
      han = [];
    }
    for (var i = 0; i < cps.length; i++) {
      var c = cps[i];
      if (isHan(c)) { flushWord(); han.push(c); continue; }
      flushHan();
      var joiner = word && (c === "." || c === ",") && i > 0 && i + 1 < cps.length && isDigit(cps[i - 1]) && isDigit(cps[i + 1]);
      if (isWord(c) || joiner) (word = word || []).push(c);
      else flushWord();
    }
    flushWord();
    flushHan();
    return terms;
  }
  // termTotal is terms(text).length, for text normalized already: the
  // same walk, code point by code point, without making the terms.
  function termTotal(text) {
    var n = 0, han = 0, word = false, before = 0;
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i), next = i + (cp > 0xFFFF ? 2 : 1), k = classOf(cp);
      if (k & 1) {
        if (word) { n++; word = false; }
        han++;
      } else {
        n += han === 1 ? 1 : Math.max(han - 1, 0);
        han = 0;
        var joiner = word && (cp === 46 || cp === 44) && next < text.length && (before & 4) && (classOf(text.codePointAt(next)) & 4);
        if ((k & 2) || joiner) word = true;
        else if (word) { n++; word = false; }
      }
      before = k;
      i = next;
    }
    return n + (word ? 1 : 0) + (han === 1 ? 1 : Math.max(han - 1, 0));
  }
  SB.analyze = analyze;

  var shardOf = new Map();
  function shard(term, shards) {
    var key = shards + "\n" + term, known = shardOf.get(key);
    if (known !== undefined) return known;
    var bytes = new TextEncoder().encode(term), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    shardOf.set(key, (h >>> 0) % shards);
    return (h >>> 0) % shards;
  }
  function loneHan(t) { var cps = Array.from(t); return cps.length === 1 && HAN.test(cps[0]); }

  // phrase is text as one term of the phrases field (Phrase in Go): its
  // tokens run together, a space between two runs of letters and digits.
  function phrase(text) {
    var cps = Array.from(text.normalize("NFKC")), out = "", word = null, wordBefore = false;
    function flushWord() { if (word) { out += (wordBefore ? " " : "") + lowerToken(word); word = null; wordBefore = true; } }
    for (var i = 0; i < cps.length; i++) {
      var c = cps[i];
      if (HAN.test(c)) { flushWord(); out += c; wordBefore = false; continue; }
      var joiner = word && (c === "." || c === ",") && i + 1 < cps.length && DIGIT.test(cps[i - 1]) && DIGIT.test(cps[i + 1]);
      if (WORD.test(c) || joiner) (word = word || []).push(c);
      else flushWord();
    }
    flushWord();
    return out ? "=" + out : "";
  }
  SB.phrase = phrase;

  // ---- ranking: bleve's TF-IDF for a conjunction (over the query's groups)
  // of disjunctions (over the fields) of term queries, plus optional
  // clauses: the query as a phrase, and its terms in the body -------------
  // opts.course and opts.kind, when given, keep the pages of that course or
  // kind alone (Filter in Go).
  function search(query, opts) {
    var limit = opts && opts.limit !== undefined ? opts.limit : 10, only = opts && (opts.course || opts.kind) ? opts : null;
    var q = Array.from(String(query)).slice(0, MAX_QUERY).join(""), terms = analyze(q), exact = phrase(q), meta, keep;
    if (!terms.length || limit <= 0) return Promise.resolve([]);
    function ranked() {
      return load("meta.js").then(function (m) {
        meta = m;
        return expand(terms, meta);
      }).then(function (groups) {
        groups = latinStrict(q, terms, groups);
        return loadShards([exact].concat(terms, [].concat.apply([], groups)), meta).then(function () {
          return plan(q, terms, groups, limit, meta);
        });
      }).then(function (p) {
        return collect(p, exact, terms, meta, limit, keep).then(function (hits) {
          return inOnePiece(hits, q, meta, limit);
        }).then(function (hits) {
          return { hits: hits.slice(0, limit), marks: p.marks };
        });
      });
    }
    var lone = terms.length === 1 && loneHan(terms[0]);
    // a lone character's first results need no lengths: meta-char.js, unless meta.js is here (or a filter needs its pages)
    return load(lone && !only && !loaded["meta.js"] ? "meta-char.js" : "meta.js").then(function (m) {
      meta = m;
      keep = only ? keeper(only, meta) : function () { return true; };
      if (!lone) return ranked();
      return load("t/" + shard(terms[0], meta.shards) + ".js").then(function (s) {
        var hits = charTop(s.top[terms[0]], limit, keep);
        return hits ? { hits: hits, marks: terms } : ranked();
      });
    }).then(function (r) {
      return Promise.all(r.hits.map(function (h) { return loadDoc(h.doc, meta); })).then(function (docs) {
        return r.hits.map(function (h, i) {
          var d = docs[i], sn = snippet(d.text, r.marks);
          var res = { url: link(d, sectionAt(d, r.marks, sn.first)), title: d.title, snippet: sn.html, score: h.score, kind: d.kind, course: d.course };
          // a site of several courses names a result's course (courseTitle in Go)
          if (meta.courseTitles && d.kind !== "course" && meta.courseTitles[d.course]) res.courseTitle = meta.courseTitles[d.course];
          docOf.set(res, d);
          return res;
        });
      });
    });
  }
  // Under `skillbook serve` the live index answers instead of the export.
  SB.search = function (query, opts) {
    var o = { suggest: false };
    Object.keys(opts || {}).forEach(function (k) { o[k] = opts[k]; });
    return SB.ask(query, o).then(function (a) { return a.results; });
  };
  SB.ask = function (query, opts) {
    if (!SB.searchAPI) return ask(query, opts);
    var limit = opts && opts.limit !== undefined ? opts.limit : 10;
    var only = ["course", "kind"].map(function (k) { return opts && opts[k] ? "&" + k + "=" + encodeURIComponent(opts[k]) : ""; }).join("");
    return fetch(SB.searchAPI + "?q=" + encodeURIComponent(query) + "&limit=" + limit + only).then(function (r) {
      if (!r.ok) throw new Error("search failed: " + r.status);
      return r.json();
    });
  };

  // prefetch starts loading the shards search asks for first — the
  // query's terms' and its phrase's — so that they come in the same round
  // of requests as those of its pairs, which Ask's pinyin check waits for
  // (the phrase's shard is asked in vain when a pinyin slip changes the
  // query). Failures are left to the loads that need the files.
  function prefetch(query) {
    var q = Array.from(String(query)).slice(0, MAX_QUERY).join(""), terms = analyze(q);
    if (!terms.length || terms.length === 1 && loneHan(terms[0])) return; // one character: its shard alone (charTop)
    load("meta.js").then(function (meta) { return loadShards([phrase(q)].concat(terms), meta); }).catch(function () {});
  }

  // ask is search (Ask in Go) with the query's pinyin slips replaced first;
  // it names the parts of the query the results leave out. Results that
  // hold none of the query but its characters one by one (火箭发射 finding
  // 发 in 发挥) are no answer: then none is shown, and (unless
  // opts.suggest is false: SB.search) the nearest pages are suggested.
  // Pinyin slips and suggestions are search-near.js's, loaded only for a
  // query with a pair that no page has, or without results.
  function ask(query, opts) {
    var limit = opts && opts.limit !== undefined ? opts.limit : 10, plain = opts && opts.suggest === false;
    var asked = Array.from(String(query)).slice(0, MAX_QUERY).join("");
    if (limit > 0) prefetch(query);
    return missingPairs(asked).then(function (missing) {
      return missing ? loadNear().then(function (n) { return n.correct(query); }) : "";
    }).then(function (fixed) {
      var q = fixed || query, a = { results: [], dropped: [], suggestions: [] };
      if (fixed) a.instead = fixed;
      return hopeless(q).then(function (none) { return none ? [] : search(q, opts); }).then(function (results) {
        var all = pieces(Array.from(q).slice(0, MAX_QUERY).join("")).map(function (p) { return p.join(""); }).join("");
        if (results.length) a.dropped = dropped(q, results.map(function (r) { return docOf.get(r); }), lexicon(loaded["meta.js"] || loaded["meta-char.js"]));
        if (results.length && all && a.dropped.join("") === all) a.dropped = []; // see droppedAll in Go
        else a.results = results;
        if (plain || limit <= 0 || a.results.length) return a;
        return loadNear().then(function (n) { return n.suggest(q); }).then(function (s) { a.suggestions = s; return a; });
      });
    });
  }
  // hopeless resolves to whether no page answers q (hopeless in Go): each
  // of its pieces a run of Han characters none of whose pairs a page has,
  // none holding a word of the synonym sets. search would find pages by
  // the characters one by one, which ask does not show, fetching the files
  // of every term that holds each character (火箭发射: 960 requests at
  // 10,000 skill points).
  function hopeless(q) {
    var ps = pieces(Array.from(q).slice(0, MAX_QUERY).join(""));
    if (!ps.length || ps.some(function (p) { return p.length < 2 || !loneHan(p[0]); })) return Promise.resolve(false);
    return load("meta.js").then(function (meta) {
      var lex = lexicon(meta), pairs = [];
      if (ps.some(function (p) { return heldSynonyms(p, function () { return true; }, lex).indexOf(true) >= 0; })) return false;
      ps.forEach(function (p) { for (var i = 0; i + 1 < p.length; i++) pairs.push(p[i] + p[i + 1]); });
      return loadShards(pairs, meta).then(function () { return !pairs.some(function (p) { return inFields(p, meta); }); });
    });
  }
  // ORDINAL finds 第 and a number in digits, which the pages may write in
  // Chinese numerals (correctOrdinals in Go).
  var ORDINAL = /第[1-9][0-9]?(?![0-9])/;
  // missingPairs resolves to whether a pair of the query's runs of Han
  // characters, or a word of letters alone (letterWords), is in no page's
  // fields (then it may be a pinyin slip: see Correct in Go), or the query
  // has an ordinal in digits (第6章) to write as the pages do. The missing
  // pairs reversed, which search-near.js asks for first, are asked for at
  // once, with search-near.js.
  function missingPairs(q) {
    var cps = Array.from(q.normalize("NFKC")), pairs = [], words = letterWords(cps.join("")).map(singular);
    hanRuns(cps).forEach(function (r) { for (var i = r[0]; i + 1 < r[1]; i++) pairs.push(cps[i] + cps[i + 1]); });
    if (ORDINAL.test(cps.join(""))) return Promise.resolve(true);
    if (!pairs.length && !words.length) return Promise.resolve(false);
    return load("meta.js").then(function (meta) {
      return loadShards(pairs.concat(words), meta).then(function () {
        var missing = pairs.filter(function (p) { return !inFields(p, meta); });
        if (missing.length) loadShards(missing.map(function (p) { return Array.from(p).reverse().join(""); }), meta).catch(function () {});
        return missing.length > 0 || words.some(function (w) { return !inFields(w, meta); });
      });
    });
  }
  // letterWords are the words of letters alone, lower-cased, that may be
  // pinyin typed with the input method off (correctLetters in Go): those
  // of three letters or more (peixun), and syllables typed apart (pei xun).
  function letterWords(text) {
    var ws = asciiWords(text);
    return ws.filter(function (w, i) {
      return /^[a-z]{3,}$/.test(w.word) || joinable(ws, i) || i > 0 && joinable(ws, i - 1);
    }).map(function (w) { return w.word; });
  }
  // asciiWords are the lower-cased runs of ASCII letters and digits of a
  // text, each with where it starts and ends and the text before it.
  function asciiWords(text) {
    var out = [], re = /[A-Za-z0-9]+/g, m, at = 0;
    while ((m = re.exec(text))) {
      out.push({ word: m[0].toLowerCase(), before: text.slice(at, m.index), start: m.index, end: re.lastIndex });
      at = re.lastIndex;
    }
    return out;
  }
  // SYLLABLE matches a toneless pinyin syllable (syllable in Go).
  var SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve|vn)$/;
  // joinable reports whether words i and i+1 may be one term's syllables
  // typed apart: syllables both, with spaces or apostrophes between.
  function joinable(ws, i) {
    return i + 1 < ws.length && /^[ ']+$/.test(ws[i + 1].before) && SYLLABLE.test(ws[i].word) && SYLLABLE.test(ws[i + 1].word);
  }
  // hanRuns are the [start, end) of the runs of two Han characters or more.
  function hanRuns(cps) {
    var runs = [];
    for (var i = 0; i < cps.length;) {
      var j = i;
      while (j < cps.length && HAN.test(cps[j])) j++;
      if (j - i >= 2) runs.push([i, j]);
      i = j + 1;
    }
    return runs;
  }
  // inFields reports a term that some page has in its fields.
  function inFields(term, meta) {
    var e = entry(term, meta), n = meta.fields.length;
    if (isBlocked(e)) return e.d.some(function (d) { return d[0] < n; });
    return !!e && e.some(function (p) { return p[0] < n; });
  }
  // pieces are a text's runs of Han characters (a character each) and its
  // lower-cased words of letters and digits (queryPieces in Go).
  function pieces(text) {
    var cps = Array.from(text.normalize("NFKC")), out = [], han = null, word = null;
    function flushWord() { if (word) { out.push([lowerToken(word)]); word = null; } }
    for (var i = 0; i < cps.length; i++) {
      var c = cps[i];
      if (HAN.test(c)) { flushWord(); if (!han) out.push(han = []); han.push(c); continue; }
      han = null;
      var joiner = word && (c === "." || c === ",") && i > 0 && i + 1 < cps.length && DIGIT.test(cps[i - 1]) && DIGIT.test(cps[i + 1]);
      if (WORD.test(c) || joiner) (word = word || []).push(c);
      else flushWord();
    }
    flushWord();
    return out;
  }
  // dropped names the parts of the query that none of the documents holds
  // in its title, text or the fields the text lacks (x), a single
  // character left of a Han run's stretches only when none holds it alone,
  // a word of the synonym sets held where one of its set is (see Dropped
  // in Go).
  function dropped(q, docs, lex) {
    var texts = docs.map(function (d) { return textOf(d.title + "\n" + d.text + "\n" + (d.x || "")); });
    function has(term) { return texts.some(function (t) { return t.has(term); }); }
    function held(w) { return lex.alternatives(w).some(has); }
    var out = [];
    pieces(Array.from(q).slice(0, MAX_QUERY).join("")).forEach(function (p) {
      if (p.length === 1 || !loneHan(p[0])) { if (!held(p.join("")) && !heldApart(p.join(""), has)) out.push(p.join("")); return; }
      var kept = heldSynonyms(p, held, lex);
      for (var i = 0; i + 1 < p.length; i++) if (has(p[i] + p[i + 1])) kept[i] = kept[i + 1] = true;
      for (var k = 0; k < p.length;) {
        if (kept[k]) { k++; continue; }
        var e = k;
        while (e < p.length && !kept[e]) e++;
        if (e - k > 1 || !has(p[k])) out.push(p.slice(k, e).join(""));
        k = e;
      }
    });
    return out;
  }

  // heldSynonyms marks the characters of a run that stand in a word of the
  // synonym sets that held reports held (heldSynonyms in Go).
  function heldSynonyms(run, held, lex) {
    return marked(run, function (w) { return !!lex.sets[w] && held(w); }, lex);
  }
  // marked marks the characters of a run (an array of characters) that
  // stand in a word of two characters up to the lexicon's longest that ok
  // reports (marked in Go).
  function marked(run, ok, lex) {
    var out = run.map(function () { return false; });
    for (var i = 0; i < run.length; i++) {
      for (var n = 2; n <= lex.longest && i + n <= run.length; n++) {
        if (ok(run.slice(i, i + n).join(""))) for (var j = i; j < i + n; j++) out[j] = true;
      }
    }
    return out;
  }

  var near, docOf = new WeakMap();
  function loadNear() {
    SB._search = { load: load, loaded: loaded, shard: shard, entry: entry, loadShards: loadShards, inFields: inFields, hanRuns: hanRuns, pieces: pieces,
      letterWords: letterWords, asciiWords: asciiWords, joinable: joinable, singular: singular, marked: marked,
      loadDoc: loadDoc, snippet: snippet, link: link, loneHan: loneHan, lexicon: lexicon, MAX_QUERY: MAX_QUERY };
    near = near || runScript(new URL("assets/search-near.js", SB.root).href).then(function () { return SB._searchNear; });
    return near;
  }

  // charTop returns the first results of a one-character query among the
  // pages keep keeps, stored in the character's shard as [documents that
  // match, doc, score, doc, score…] (see internal/search/chartop.go), or
  // null when the shard has none (the character is not indexed: the query
  // is planned as others are) or the trainee asks for more than it holds.
  function charTop(top, limit, keep) {
    if (!top) return null;
    var held = (top.length - 1) / 2, hits = [];
    for (var i = 1; i < top.length && hits.length < limit; i += 2) if (keep(top[i])) hits.push({ doc: top[i], score: top[i + 1] });
    return hits.length < limit && top[0] > held ? null : hits;
  }
  // keeper returns whether a document is of the course and kind asked
  // (only.course, only.kind), from meta.js's pages (pagesMeta in Go).
  function keeper(only, meta) {
    var pg = meta.pages, course = [], at = 0;
    pg.courses.forEach(function (run) { for (var i = 0; i < run[1]; i++) course[at++] = run[0]; });
    return function (doc) {
      return (!only.course || course[doc] === only.course) && (!only.kind || pg.kinds[pg.kindOf.charCodeAt(doc) - 48] === only.kind);
    };
  }
  // loadShards loads the files of terms (termFile).
  function loadShards(terms, meta) {
    return Promise.all(terms.map(function (t) { return load(termFile(t, meta)); }));
  }
  // termFile is the file that holds a term: a common term's own postings
  // file, which holds all its shard would (blocks.go), but a lone
  // character's, whose shard holds its terms too; else its shard, for a
  // phrase that of its anchor (termShard in Go).
  function termFile(t, meta) {
    var c = !loneHan(t) && commonEntries(meta).get(t);
    return c ? "p/" + c.k + "-all.js" : shardName(t, meta);
  }
  function shardName(t, meta) { return "t/" + shard(shardKey(t.charAt(0) === "=" ? anchorOf(t, meta) : t, meta), meta.shards) + ".js"; }
  // shardKey is what a term is filed under: the term, but a pair of Han
  // characters as its characters' classes (shardKey in Go), so that the
  // pairs a query's synonyms make where they meet its other words, and
  // the synonyms themselves, share the shard of the pair as typed.
  function shardKey(t, meta) {
    var edges = lexicon(meta).edges, cps = Array.from(t);
    if (cps.length !== 2 || !isHan(cps[0]) || !isHan(cps[1]) || !(edges[cps[0]] || edges[cps[1]])) return t;
    return (edges[cps[0]] || cps[0]) + (edges[cps[1]] || cps[1]);
  }
  // anchorOf is the term whose shard holds a phrase's entry: the first of
  // its text's terms that is neither common nor a lone character, else
  // the phrase itself.
  function anchorOf(phrase, meta) {
    var cs = commonEntries(meta);
    if (cs.has(phrase)) return phrase;
    var ts = analyze(phrase.slice(1));
    for (var i = 0; i < ts.length; i++) if (!loneHan(ts[i]) && !cs.has(ts[i])) return ts[i];
    return phrase;
  }
  // commonEntries maps each common term (meta.js's "common": sorted, a line
  // each) to its entry: k names its postings file (the shard, and its
  // number among the shard's common terms), i is its number (packs name it
  // so). Its document frequencies (d) come with its file, or with a lazy
  // character's shard (charGroup).
  function commonEntries(meta) {
    if (meta.commonEntries) return meta.commonEntries;
    var out = new Map(), count = {};
    (meta.common ? meta.common.split("\n") : []).forEach(function (t, i) {
      var k = shard(shardKey(t, meta), meta.shards);
      count[k] = count[k] || 0;
      out.set(t, { k: k + "-" + count[k]++, i: i });
    });
    return (meta.commonEntries = out);
  }
  // expand turns each term into the group of terms it stands for: a lone
  // Han character stands for every indexed term that contains it.
  function expand(terms, meta) {
    return Promise.all(terms.map(function (t) {
      if (!loneHan(t)) return [t];
      return load("t/" + shard(t, meta.shards) + ".js").then(function (s) { return charGroup(t, s); });
    }));
  }
  // charGroup is the group of a lone character. When it holds more than
  // EAGER terms (hundreds on real text, a shard each) it is lazy: its size
  // and its share of the query norm come from the character's shard
  // (appendCharWeights in Go), and its terms are fetched only as needed —
  // those the candidates that the query's other groups leave hold
  // (resolveLazy), or all of them when nothing else narrows the query down
  // (expandAll). Ranked either way, a page scores as if every term had
  // been fetched: the terms it does not hold add nothing to its score.
  var EAGER = 8;
  function charGroup(c, s) {
    var all = charTerms(s, c), w = s.weights[c];
    if (all.length <= EAGER || !w) return all.slice();
    Object.keys(w[2] || {}).forEach(function (t) {
      var e = commonEntries(loaded["meta.js"]).get(t);
      if (e && !e.d) e.d = w[2][t].d;
    });
    var g = [];
    g.lazy = { c: c, all: all, size: w[0], sq: w[1], whole: false };
    return g;
  }
  // charTerms are the terms that hold character c, from its shard s: a
  // list, or a string (appendCharTerms in Go): "=" when c is a term
  // alone, the characters after c in its pairs, "|", those before it.
  function charTerms(s, c) {
    var v = s.chars[c];
    if (typeof v !== "string") return v || [];
    var lone = v.charAt(0) === "=", parts = v.slice(lone ? 1 : 0).split("|"), out = lone ? [c] : [];
    Array.from(parts[0]).forEach(function (x) { out.push(c + x); });
    Array.from(parts[1]).forEach(function (x) { out.push(x + c); });
    return (s.chars[c] = out.sort());
  }
  function isLazy(g) { return !!g.lazy && !g.lazy.whole; }
  // termCount is how many terms a group stands for; a lazy group's are not
  // all fetched.
  function termCount(g) { return g.lazy ? g.lazy.all.length : g.length; }
  // expandAll fetches every term of a lazy group.
  function expandAll(g, meta) {
    return loadShards(g.lazy.all, meta).then(function () {
      g.length = 0;
      g.push.apply(g, g.lazy.all);
      g.lazy.whole = true;
    });
  }
  // addHeld adds to a lazy group the terms a document holds: its character
  // with each Han neighbour, and the character alone, in the title, the
  // text and the fields the text lacks ("x": see packFile in Go).
  function addHeld(g, d) {
    var c = g.lazy.c, set = g.lazy.set, held = {};
    if (!set) {
      set = g.lazy.set = {};
      g.lazy.all.forEach(function (t) { set[t] = true; });
    }
    held[c] = true;
    [d.title, d.text, d.x || ""].forEach(function (text) {
      var cps = Array.from(text.normalize("NFKC"));
      for (var i = 0; i < cps.length; i++) {
        if (cps[i] !== c) continue;
        if (i > 0 && isHan(cps[i - 1])) held[cps[i - 1] + c] = true;
        if (i + 1 < cps.length && isHan(cps[i + 1])) held[c + cps[i + 1]] = true;
      }
    });
    Object.keys(held).forEach(function (t) { if (set[t] && g.indexOf(t) < 0) g.push(t); });
  }

  // plan is plan in Go (internal/search/plan.go): a query that some page
  // holds every term of asks for just that first (and for nothing else
  // when limit pages do: its slots are then its own words); then its words
  // (optional ones left out, each standing for its synonyms): all of them,
  // and all of them but the first, and but the last; then, while too few
  // pages are found, relaxed while no page has them all, the first of them
  // (the levels after always). All the pages found are ranked together by
  // matchScores, then TF-IDF.
  function plan(q, terms, strict, limit, meta) {
    var whole = strict.every(function (g) { return groupSize(g, meta) > 0; });
    var p = { levels: [], marks: [], always: 0 }, yes;
    return (whole ? candidates(strict, meta) : Promise.resolve({})).then(function (c) {
      var n = Object.keys(c).length;
      yes = n > 0;
      if (yes) {
        p.levels.push({ groups: strict });
        p.marks = terms.slice();
        p.whole = true;
      }
      // as many pages as asked for hold the query: nothing else is asked, and its slots are its own words
      if (yes && n >= limit) {
        p.always = 1;
        return slots(q, false, meta).then(function (s) { p.slots = s; return p; });
      }
      return words();
    });
    // words plans the levels of the query's words (see plan in Go).
    function words() {
      var slotted = slots(q, true, meta); // asked for at once: their files come with the words'
      slotted.catch(function () {}); // a failure is the plan's, below
      // optional words alone only when no page holds the query: those that do say more of it
      return units(q, meta).then(function (us) { return matchingUnits(us, meta, !yes); }).then(function (all) {
        all.forEach(function (k) { p.marks = p.marks.concat(k.u.marks); });
        // some page holds the query: then the pages with every word, no fewer (nothing to relax)
        var whole = p.whole && all.length && !all[0].u.optional, pairs = pairGroup(terms, all, meta);
        return (whole ? Promise.resolve(all) : relax(all, meta, pairs)).then(function (kept) {
          if (!all.length || all[0].u.optional) { // only optional words match: none is left out but by relaxing
            if (kept.length) p.levels.push(unitLevel(kept, pairs));
            p.always = p.levels.length;
            p.levels = p.levels.concat(prefixes(kept, kept.length - 1, pairs));
          } else {
            p.levels.push(unitLevel(all, pairs));
            p.always = p.levels.length;
            if (p.always > 1) return slotted; // some page holds the query: then the pages with every word, no fewer
            if (all.length > 1) p.levels.push(unitLevel(all.slice(1), pairs), unitLevel(all.slice(0, -1), pairs));
            p.always = p.levels.length;
            if (kept.length < all.length - 1) p.levels.push(unitLevel(kept, pairs));
            p.levels = p.levels.concat(prefixes(kept, Math.min(kept.length - 1, all.length - 2), pairs));
          }
          return slotted;
        });
      }).then(function (s) {
        p.slots = s;
        return p;
      });
    }
  }
  function hasAll(groups, meta) {
    return candidates(groups, meta).then(function (c) { return Object.keys(c).length > 0; });
  }
  function flatten(kept) { return [].concat.apply([], kept.map(function (k) { return k.u.groups; })); }
  // pairGroup is pairGroup in Go: when every unit is a lone character or
  // a question or function word, the query's pairs of those characters
  // that some page holds, one of which each of the units' levels asks for
  // (a page with the characters one by one is no answer, and a level of
  // lone characters alone would fetch every term of each); empty when no
  // page holds one of them; null when some unit is a word of the site's or
  // the query has no such pair.
  function pairGroup(terms, kept, meta) {
    var lex = lexicon(meta), chars = {};
    for (var i = 0; i < kept.length; i++) {
      var u = kept[i].u, w = u.marks[0];
      if (lex.optional[w]) continue;
      if (!u.lone) return null;
      chars[w] = true;
    }
    var pairs = terms.filter(function (t) {
      var cps = Array.from(t);
      return cps.length === 2 && chars[cps[0]] && chars[cps[1]];
    });
    return pairs.length ? pairs.filter(function (t) { return groupSize([t], meta) > 0; }) : null;
  }
  // unitLevel is the level of the units' groups, and of the pairs when
  // there are some.
  function unitLevel(kept, pairs) {
    var groups = flatten(kept);
    return { groups: pairs ? groups.concat([pairs]) : groups };
  }
  function prefixes(kept, n, pairs) {
    var out = [];
    for (; n > 0; n--) out.push(unitLevel(kept.slice(0, n), pairs));
    return out;
  }
  // dropCommonest drops the unit with the most postings, the later of equals.
  function dropCommonest(kept) {
    var drop = 0;
    kept.forEach(function (k, i) { if (k.n >= kept[drop].n) drop = i; });
    return kept.filter(function (k, i) { return i !== drop; });
  }
  // matchingUnits are the units that match something (the optional ones
  // only when no other does); relax drops the commonest while no page has
  // them all.
  function matchingUnits(us, meta, optionalToo) {
    return matching(us, false, meta).then(function (kept) {
      return kept.length || !optionalToo ? kept : matching(us, true, meta);
    });
  }
  function relax(kept, meta, pairs) {
    if (kept.length <= 1) return Promise.resolve(kept);
    return hasAll(unitLevel(kept, pairs).groups, meta).then(function (yes) { return yes ? kept : relax(dropCommonest(kept), meta, pairs); });
  }
  function matching(us, optional, meta) {
    us = us.filter(function (u) { return u.optional === optional; });
    return Promise.all(us.map(function (u) { return u.groups ? u : unitGroup(u, meta); })).then(function () {
      return loadShards([].concat.apply([], us.map(function (u) { return [].concat.apply([], u.groups); })), meta);
    }).then(function () {
      var kept = [];
      us.forEach(function (u) {
        var n = -1;
        u.groups.forEach(function (g) { var s = groupSize(g, meta); if (n < 0 || s < n) n = s; });
        if (n > 0) kept.push({ u: u, n: n });
      });
      return kept;
    });
  }

  // slots are slots in Go (internal/search/slots.go): in each run of Han
  // characters cut into words, every pair (one inside a word with synonyms
  // stands for them all; one where two words meet, also for the pair their
  // synonyms make there), but those inside or beside an optional word of
  // two characters or more; and each Latin word that is not optional, with
  // the words it makes with its neighbours (latinForms).
  // Without synonyms, each word stands for itself alone.
  function slots(q, synonyms, meta) {
    var lex = lexicon(meta), specs = [], forms = latinForms(q);
    queryTokens(q).forEach(function (tok) {
      var run = Array.from(tok);
      if (!HAN.test(run[0])) {
        if (!lex.optional[tok]) specs.push(Promise.resolve([addNew([tok], forms.get(tok).joined)]));
        return;
      }
      var prev = null;
      for (var i = 0; i < run.length;) {
        var n = wordAt(run, i, meta), w = run.slice(i, i + n).join(""), alts = synonyms ? lex.alternatives(w) : [w];
        if (n >= 2 && lex.optional[w]) alts = null;
        else if (n < 2) alts = [w]; // a lone character meets its neighbours as typed
        if (prev && alts) specs.push(Promise.resolve([junction(prev, alts)]));
        if (n >= 2 && alts && alts.length > 1) {
          specs.push(expand(alts, meta).then(function (gs) {
            var group = [];
            gs.forEach(function (g) { addNew(group, g); });
            return [group];
          }));
        } else if (n >= 2 && alts) specs.push(Promise.resolve(analyze(w).map(function (t) { return [t]; })));
        prev = alts;
        i += n;
      }
    });
    return Promise.all(specs).then(function (lists) {
      var out = [], keys = {};
      lists.forEach(function (l) {
        l.forEach(function (slot) {
          var key = slot.join("\n");
          if (slot.length && !keys[key]) { keys[key] = true; out.push(slot); }
        });
      });
      return loadShards([].concat.apply([], out), meta).then(function () { return out; });
    });
  }
  function junction(before, after) {
    var out = [];
    before.forEach(function (a) {
      after.forEach(function (b) {
        var t = Array.from(a).pop() + Array.from(b)[0];
        if (out.indexOf(t) < 0) out.push(t);
      });
    });
    return out;
  }
  // slotWeights and matchScores are slotWeights and matchScore in Go: for
  // each candidate, the weights of the slots it fills, plus the most weight
  // one field holds times that field's boost.
  function slotWeights(ss, meta) {
    var body = fieldIndex(meta, "body");
    return ss.map(function (slot) {
      var df = 0;
      slot.forEach(function (t) { df += docFreq(t, body, meta); });
      return 1 + Math.log(meta.n / (Math.min(df, meta.n) + 1));
    });
  }
  function matchScores(ss, weights, meta, cands) {
    var nf = fieldIndex(meta, "words"), per = {}, candList = Object.keys(cands).map(Number);
    ss.forEach(function (slot, i) {
      var has = {};
      slot.forEach(function (t) {
        for (var f = 0; f < nf; f++) {
          var m = postingMap(t, f, meta), field = f;
          if (candList.length < m.size) candList.forEach(function (d) { if (m.has(d)) (has[d] || (has[d] = []))[field] = true; });
          else m.eachDoc(function (d) { if (cands[d]) (has[d] || (has[d] = []))[field] = true; });
        }
      });
      Object.keys(has).forEach(function (d) {
        var e = per[d] || (per[d] = { inField: [], anywhere: 0 });
        for (var f = 0; f < nf; f++) if (has[d][f]) e.inField[f] = (e.inField[f] || 0) + weights[i];
        e.anywhere += weights[i];
      });
    });
    return function (doc) {
      var e = per[doc], best = 0;
      if (!e) return 0;
      for (var f = 0; f < nf; f++) best = Math.max(best, (e.inField[f] || 0) * meta.fields[f][1]);
      return e.anywhere + best;
    };
  }

  // The lexicon (meta.js): synonym sets and optional words.
  function lexicon(meta) {
    if (meta.lex) return meta.lex;
    var lex = { sets: {}, optional: {}, longest: 0 };
    (meta.synonyms || []).forEach(function (set, i) {
      set.forEach(function (w) {
        (lex.sets[w] = lex.sets[w] || []).push(i);
        lex.longest = Math.max(lex.longest, Array.from(w).length);
      });
    });
    lex.edges = edgeClasses(meta.synonyms || []);
    (meta.optional || []).forEach(function (w) {
      lex.optional[w] = true;
      lex.longest = Math.max(lex.longest, Array.from(w).length);
    });
    lex.has = function (w) { return !!(lex.optional[w] || lex.sets[w]); };
    lex.alternatives = function (w) {
      var out = [w];
      (lex.sets[w] || []).forEach(function (i) {
        meta.synonyms[i].forEach(function (v) { if (out.indexOf(v) < 0) out.push(v); });
      });
      return out;
    };
    return (meta.lex = lex);
  }
  // edgeClasses maps each Han character that begins or ends a synonym of
  // two characters or more to the smallest character of its class: those
  // that begin a set's words are one class, those that end them another,
  // classes that share a character one (edgeClasses in Go).
  function edgeClasses(sets) {
    var parent = {};
    function find(c) {
      var p = parent[c];
      if (p === undefined || p === c) return c;
      return (parent[c] = find(p));
    }
    function union(a, b) {
      var ra = find(a), rb = find(b), m = ra.codePointAt(0) < rb.codePointAt(0) ? ra : rb;
      parent[ra] = parent[rb] = m;
    }
    sets.forEach(function (set) {
      var first = null, last = null;
      set.forEach(function (w) {
        var cps = Array.from(w), f = cps[0], l = cps[cps.length - 1];
        if (cps.length < 2 || !isHan(f) || !isHan(l)) return;
        first = first || f;
        last = last || l;
        union(first, f);
        union(last, l);
      });
    });
    var out = {};
    Object.keys(parent).forEach(function (c) { out[c] = find(c); });
    return out;
  }
  // units are the query's words, each once (units in Go): a word with
  // synonyms is one group of them all; a longer word without, a group per
  // character pair; a lone character, the terms that hold it.
  function units(q, meta) {
    var lex = lexicon(meta), seen = {}, forms = latinForms(q), words = segmentQuery(q, meta).filter(function (w) {
      return seen[w] ? false : (seen[w] = true);
    });
    return Promise.all(words.map(function (w) {
      var alts = lex.alternatives(w), u = { optional: !!lex.optional[w] || loneHan(w) && !lex.has(w), lone: loneHan(w), marks: alts };
      if (alts.length === 1 && Array.from(w).length >= 3) {
        u.groups = analyze(w).map(function (t) { return [t]; });
        return u;
      }
      return u.optional && loneHan(w) ? u : unitGroup(u, meta); // a lone optional character: when needed (see matching)
    })).then(function (us) {
      us.forEach(function (u, i) { if (forms.has(words[i])) u.groups = formGroups(forms.get(words[i]), u.groups[0]); });
      return us;
    });
  }
  // latinForms are latinForms in Go (internal/search/latin.go): what else
  // each Latin word of the query stands for, as pages write it — the words
  // it makes with the Latin word typed next to it (ISO 9001: iso9001) and,
  // for a word of letters and digits, its parts where letters meet digits
  // when each is of two characters or more (iso9001: iso and 9001).
  function latinForms(q) {
    var toks = queryTokens(q), out = new Map();
    toks.forEach(function (t) { if (!HAN.test(Array.from(t)[0]) && !out.has(t)) out.set(t, { parts: latinParts(t), joined: [] }); });
    for (var i = 0; i + 1 < toks.length; i++) {
      var a = out.get(toks[i]), b = out.get(toks[i + 1]), j = singular(toks[i] + toks[i + 1]);
      if (a && b) { addNew(a.joined, [j]); addNew(b.joined, [j]); }
    }
    return out;
  }
  function latinParts(w) {
    var cps = Array.from(w), parts = [], start = 0;
    for (var i = 1; i < cps.length; i++) {
      if (isDigit(cps[i]) !== isDigit(cps[i - 1])) { parts.push(cps.slice(start, i).join("")); start = i; }
    }
    parts.push(cps.slice(start).join(""));
    return parts.length < 2 || parts.some(function (p) { return Array.from(p).length < 2; }) ? null : parts.map(singular);
  }
  // formGroups are the groups a Latin word asks for, own its own: own with
  // each of its parts added, or own alone; each with the words it makes
  // with its neighbours added (groups in Go).
  function formGroups(f, own) {
    var out = f.parts ? f.parts.map(function (p) { return addNew(own.slice(), [p]); }) : [own];
    return out.map(function (g) { return addNew(g.slice(), f.joined); });
  }
  // latinStrict is the query's groups of terms, each Latin word's replaced
  // by the groups of its forms.
  function latinStrict(q, terms, groups) {
    var forms = latinForms(q), out = [];
    terms.forEach(function (t, i) { if (forms.has(t)) out.push.apply(out, formGroups(forms.get(t), groups[i])); else out.push(groups[i]); });
    return out;
  }
  // heldApart reports a word of letters and digits whose parts has reports
  // every one of (ISO 9001 in a page, for the query ISO9001).
  function heldApart(w, has) {
    var parts = latinParts(w);
    return !!parts && parts.every(has);
  }
  function addNew(list, terms) {
    terms.forEach(function (t) { if (list.indexOf(t) < 0) list.push(t); });
    return list;
  }
  function unitGroup(u, meta) {
    return expand(u.marks, meta).then(function (gs) {
      if (gs.length === 1) {
        u.groups = gs;
        return u;
      }
      var group = [];
      gs.forEach(function (g) { addNew(group, g.lazy ? g.lazy.all : g); });
      u.groups = [group];
      return u;
    });
  }
  // segmentQuery cuts the query's runs of Han characters into words by
  // forward maximum matching over the site's words (a shard's pairs hold
  // the longer words that start with each character pair) and the
  // lexicon's; Latin words stay whole.
  function segmentQuery(q, meta) {
    var out = [];
    queryTokens(q).forEach(function (tok) {
      var run = Array.from(tok);
      if (!HAN.test(run[0])) { out.push(tok); return; }
      for (var i = 0; i < run.length;) {
        var n = wordAt(run, i, meta);
        out.push(run.slice(i, i + n).join(""));
        i += n;
      }
    });
    return out;
  }
  function wordAt(run, i, meta) {
    var lex = lexicon(meta), best = 1;
    if (i + 2 <= run.length) {
      var pair = run[i] + run[i + 1];
      if (docFreq(pair, fieldIndex(meta, "words"), meta) > 0 || lex.has(pair)) best = 2;
      longerWords(pair, meta).forEach(function (w) {
        var n = Array.from(w).length;
        if (n > best && n <= run.length - i && run.slice(i, i + n).join("") === w) best = n;
      });
    }
    for (var n = Math.min(lex.longest, run.length - i); n > best; n--) {
      if (lex.has(run.slice(i, i + n).join(""))) return n;
    }
    return best;
  }
  // queryTokens are the query's runs of Han characters and its Latin words,
  // lower-cased, as analyze sees them.
  function queryTokens(text) {
    var cps = Array.from(text.normalize("NFKC")), out = [], han = "", word = null;
    function flushWord() { if (word) { out.push(lowerToken(word)); word = null; } }
    function flushHan() { if (han) { out.push(han); han = ""; } }
    for (var i = 0; i < cps.length; i++) {
      var c = cps[i];
      if (HAN.test(c)) { flushWord(); han += c; continue; }
      flushHan();
      var joiner = word && (c === "." || c === ",") && i > 0 && i + 1 < cps.length && DIGIT.test(cps[i - 1]) && DIGIT.test(cps[i + 1]);
      if (WORD.test(c) || joiner) (word = word || []).push(c);
      else flushWord();
    }
    flushWord();
    flushHan();
    return out;
  }
  // byRank orders the pages found: those that hold every term of the query
  // first, of them those that hold it in one piece first of all; then by
  // score, the earlier page of equals first (sortHits in Go).
  function byRank(a, b) { return (b.piece || 0) - (a.piece || 0) || b.whole - a.whole || b.score - a.score || a.doc - b.doc; }
  // inOnePiece ranks first, among the pages that hold every term of the
  // query, those that hold each of its runs of three Han characters or
  // more in one piece: in one field, its pairs one character apart
  // (inOnePiece in Go). The pairs' positions say so, but the commonest
  // terms' files keep none for the body (their body positions are in files
  // of their own: keptApart in Go), where a page's own text, in its pack,
  // tells instead. A page left undecided ranks as if it held the runs;
  // when some are among the first limit, the fewer requests decide (see
  // byPacks): the packs of the first limit (the results' own, needed
  // anyway) and of the undecided, or the files of the body positions that
  // decide every page (apartFiles); should the packs leave an undecided
  // page among the first, the files too. Then the pages are ranked again.
  function inOnePiece(hits, q, meta, limit) {
    var runs = queryTokens(q).filter(function (t) { var cps = Array.from(t); return HAN.test(cps[0]) && cps.length >= 3; }).map(function (r) {
      var cps = Array.from(r), pairs = [];
      for (var i = 0; i + 1 < cps.length; i++) pairs.push(cps[i] + cps[i + 1]);
      return { text: r, pairs: pairs };
    });
    if (!runs.length || !hits.length || !hits[0].whole) return Promise.resolve(hits);
    function settle(some, round) {
      some.forEach(function (h) { var p = pieceOf(h.doc, runs, meta); h.piece = p ? 1 : 0; h.unsure = p < 0; });
      hits.sort(byRank);
      var first = hits.slice(0, limit), unsure = hits.filter(function (h) { return h.unsure; });
      if (round > 1 || !first.some(function (h) { return h.unsure; })) return hits;
      var apart = apartFiles(runs, meta), more = round === 0 && byPacks(runs, hits, unsure, apart.length, meta, limit) ?
        first.concat(unsure).map(function (h) { return loadDoc(h.doc, meta); }) : apart.map(load);
      return Promise.all(more).then(function () { return settle(unsure, round + 1); });
    }
    return Promise.resolve(settle(hits.filter(function (h) { return h.whole; }), 0));
  }
  // byPacks reports whether the packs decide the undecided pages for no
  // more requests than files of body positions would: the packs they read
  // beyond those of the results shown (which the results need anyway) —
  // the first limit pages as they would be were the runs held by every
  // undecided page when the pairs at hand leave at most the first and the
  // last character of each run uncovered (such a page nearly always holds
  // them: at 1,000 skill points 98 % of those that lack one end, 76 % of
  // those that lack both, every one of 76 that lack characters inside),
  // else by none (35 % of those that lack two characters at an end do).
  function byPacks(runs, hits, unsure, files, meta, limit) {
    var likely = runs.every(function (r) {
      var gaps = uncovered(r, meta);
      return gaps.indexOf(1) < 0 && gaps.indexOf(r.pairs.length - 1) < 0;
    });
    var shown = {}, read = {};
    hits.map(function (h) { return { doc: h.doc, piece: h.unsure && !likely ? 0 : h.piece, whole: h.whole, score: h.score }; })
      .sort(byRank).slice(0, limit).forEach(function (h) { shown[Math.floor(h.doc / meta.pack)] = true; });
    hits.slice(0, limit).concat(unsure).forEach(function (h) {
      var k = Math.floor(h.doc / meta.pack);
      if (!shown[k]) read[k] = true;
    });
    return Object.keys(read).length <= files;
  }
  // uncovered are the characters of a run (their indices) that no pair
  // whose body positions are at hand covers: what stands there only a
  // page's text, or the files of the other pairs' positions, can tell.
  function uncovered(run, meta) {
    var body = fieldIndex(meta, "body"), blind = run.pairs.map(function (pair) {
      var list = fieldList(pair, body, meta);
      return !!list && !list.pos;
    }), out = [];
    for (var i = 0; i <= run.pairs.length; i++) if ((i === 0 || blind[i - 1]) && (i === run.pairs.length || blind[i])) out.push(i);
    return out;
  }
  // apartFiles are the fewest files of body positions that cover every
  // character of the runs (then the pairs' positions decide every page:
  // see runIn): for each character left uncovered, the pair that starts
  // there (the last pair for the last character).
  function apartFiles(runs, meta) {
    var names = [];
    runs.forEach(function (r) {
      var upTo = -1;
      uncovered(r, meta).forEach(function (i) {
        if (i <= upTo) return;
        var j = Math.min(i, r.pairs.length - 1), e = entry(r.pairs[j], meta), name = isBlocked(e) && "p/" + e.k + "-pos.js";
        if (name && names.indexOf(name) < 0) names.push(name);
        upTo = j + 1;
      });
    });
    return names;
  }
  // pieceOf is 1 when a document holds each run in one piece, 0 when it
  // does not, and -1 when only its text, not loaded, can tell.
  function pieceOf(doc, runs, meta) {
    var answer = 1;
    for (var r = 0; r < runs.length; r++) {
      var run = 0;
      for (var f = 0; f < 5 && run !== 1; f++) {
        var v = runIn(runs[r], f, doc, meta);
        if (v === 1 || v === -1) run = v;
      }
      if (run === 0) return 0;
      if (run === -1) answer = -1;
    }
    return answer;
  }
  // runIn is 1 when a document's field holds a run in one piece (its pairs
  // in a row), 0 when it does not, -1 when only its text, not loaded, can
  // tell: some pair's positions are not kept there, and those that are do
  // stand where the run would put them but leave a character of it
  // uncovered (when they cover every one, they spell the run).
  function runIn(run, field, doc, meta) {
    var known = [], blind = false, covered = 0;
    for (var j = 0; j < run.pairs.length; j++) {
      var pos = pairPositions(run.pairs[j], field, doc, meta);
      if (pos === null) return 0;
      if (pos === undefined) blind = true;
      else {
        known.push({ pos: pos, j: j });
        covered += known.length > 1 && known[known.length - 2].j === j - 1 ? 1 : 2;
      }
    }
    var inRow = !known.length || known[0].pos.some(function (at) {
      var start = at - known[0].j;
      return known.every(function (k) { return k.pos.indexOf(start + k.j) >= 0; });
    });
    // pairs in a row that cover every character of the run spell it
    if (!inRow || !blind || covered === run.pairs.length + 1) return inRow ? 1 : 0;
    var c = docPostings[doc];
    if (!c || !isCounted(field, meta)) return -1;
    return fieldText(c, field, meta).indexOf(run.text) >= 0 ? 1 : 0;
  }
  // pairPositions are where a pair starts in a document's field, from its
  // postings: null where the field does not hold the pair, undefined where
  // its postings keep no positions (the commonest terms', in the body,
  // until their own file is loaded).
  function pairPositions(pair, field, doc, meta) {
    var list = fieldList(pair, field, meta);
    if (!list) return null;
    var k = postingIndex(list, doc);
    if (k < 0) return null;
    return list.pos ? positionsOf(list, k) : undefined;
  }
  // postingIndex is where a document's posting is in a list, or -1: a
  // binary search over the list's documents (made when first asked).
  function postingIndex(list, doc) {
    if (!list.docs) {
      list.docs = new Int32Array((list.length - 1) / 3);
      for (var j = 0, d = 0; j < list.docs.length; j++) list.docs[j] = d += list[1 + 3 * j];
    }
    for (var lo = 0, hi = list.docs.length; lo < hi;) {
      var mid = (lo + hi) >> 1;
      if (list.docs[mid] < doc) lo = mid + 1; else hi = mid;
    }
    return lo < list.docs.length && list.docs[lo] === doc ? lo : -1;
  }
  // fieldList is a term's postings in a field, with their positions from
  // the file of its body positions once that is loaded.
  function fieldList(term, field, meta) {
    var e = entry(term, meta), lists = (isBlocked(e) ? loaded["p/" + e.k + "-all.js"] : e) || [], list;
    for (var i = 0; i < lists.length && !list; i++) if (lists[i][0] === field) list = lists[i];
    var apart = list && !list.pos && isBlocked(e) && loaded["p/" + e.k + "-pos.js"];
    return apart ? apart[0] : list;
  }
  // collect gathers the pages of the plan's levels that keep keeps — the
  // first levels always, the rest while fewer than limit pages are found
  // — and ranks them: those that hold every term of the query first, then
  // all together (SearchIn in Go).
  function collect(p, exact, near, meta, limit, keep) {
    var hits = [], seen = {}, weights = slotWeights(p.slots, meta);
    var optional = [[exact]].concat(near.map(function (t) { return [t]; }), p.slots);
    function next(i) {
      // the pages of the levels left would rank below those found
      if (i >= p.levels.length || (i >= p.always || i > 0 && p.whole) && hits.length >= limit) {
        return hits.sort(byRank);
      }
      var lv = p.levels[i];
      return candidates(lv.groups, meta).then(function (cands) {
        return postingsFor(optional, meta, cands).then(function () {
          var match = matchScores(p.slots, weights, meta, cands);
          rank(lv.groups, exact, near, meta, cands).forEach(function (h) {
            if (seen[h.doc] || !keep(h.doc)) return;
            seen[h.doc] = true;
            hits.push({ doc: h.doc, score: h.score + match(h.doc), whole: p.whole && i === 0 ? 1 : 0 });
          });
          return next(i + 1);
        });
      });
    }
    return Promise.resolve(next(0));
  }

  // A shard holds a term's postings, or, for a common term, its number and
  // document frequencies: its postings are in a file of their own, and in
  // the packs of the documents that have it (see internal/search/blocks.go).
  // A common term's entry is known from meta.js, its document frequencies
  // from its file, or, for the common terms that hold a lazy character,
  // from the character's shard: a page's common terms need no file.
  function entry(term, meta) {
    var c = commonEntries(meta).get(term);
    if (c) {
      var whole = loaded["p/" + c.k + "-all.js"];
      if (whole && !c.d) c.d = whole.map(function (l) { return [l[0], (l.length - 1) / 3]; });
      if (c.d) return c;
    }
    var s = loaded[shardName(term, meta)];
    if (!s) return;
    var key = term.charAt(0) === "=" ? phraseKey(term) : term, e = s.terms[key];
    if (typeof e === "string") e = s.terms[key] = decodePostings(e);
    return e;
  }
  // longerWords are the site's words of three characters or more that
  // start with a pair, from its file.
  function longerWords(pair, meta) {
    var c = commonEntries(meta).get(pair), f = c && loaded["p/" + c.k + "-all.js"];
    if (f) return f.pairs;
    var s = loaded[shardName(pair, meta)];
    return (s && s.pairs[pair]) || [];
  }
  // phraseKey is a phrase term's key in its shard (phraseKey in Go): "=",
  // a second FNV-1a hash, ".", and the first hash's bits above the shard's.
  function phraseKey(term) {
    var bytes = new TextEncoder().encode(term), h1 = 0x811c9dc5, h2 = 0x9747b28c;
    for (var i = 0; i < bytes.length; i++) {
      h1 = Math.imul(h1 ^ bytes[i], 0x01000193);
      h2 = Math.imul(h2 ^ bytes[i], 0x01000193);
    }
    return "=" + (h2 >>> 0).toString(36) + "." + (h1 >>> 11).toString(36);
  }
  function isBlocked(e) { return e && !Array.isArray(e); }
  // partial reports a common term's entry whose postings file is not loaded:
  // its postings at hand are those of the packs loaded.
  function partial(e) { return isBlocked(e) && !loaded["p/" + e.k + "-all.js"]; }

  // postingsOf returns a term's postings in one field: [field, doc, freq,
  // length, gap, …] lists — all of them, or, for a common term whose
  // postings file is not loaded, those of the documents loaded.
  function postingsOf(term, field, meta) {
    var e = entry(term, meta), lists = [];
    if (!e) return lists;
    if (!isBlocked(e)) {
      e.forEach(function (p) { if (p[0] === field) lists.push(p); });
      return lists;
    }
    var whole = loaded["p/" + e.k + "-all.js"];
    if (whole) {
      whole.forEach(function (p) { if (p[0] === field) lists.push(p); });
      return lists;
    }
    Object.keys(docPostings).forEach(function (d) {
      var c = docPostings[d];
      if (isCounted(field, meta)) {
        var f = counted(c, field, meta), n = countIn(f, term);
        if (n) lists.push([field, +d, n, f.length]);
        return;
      }
      var p = decodeCommon(c, meta).t[e.i];
      if (!p) return;
      for (var i = 0; i < p.length; i += 2) if (p[i] === field) lists.push([field, +d, p[i + 1], c.l[field]]);
    });
    return lists;
  }
  function docFreq(term, field, meta) {
    var e = entry(term, meta), df = 0;
    if (isBlocked(e)) e.d.forEach(function (d) { if (d[0] === field) df = d[1]; });
    else if (e) e.forEach(function (p) { if (p[0] === field) df = (p.length - 1) / 3; });
    return df;
  }
  function eachPosting(list, fn) {
    for (var i = 1, doc = 0; i < list.length; i += 3) { doc += list[i]; fn(doc, list[i + 1], list[i + 2] < 0 ? fieldLength(doc, list[0]) : list[i + 2]); }
  }
  // postingMap is a term's postings in one field as a Map from document to
  // [freq, length], from what is loaded; kept, for this query and the
  // next, once they are all loaded (its shard is, and the term is not
  // common or its postings file is), else until more is loaded.
  var postingMaps = {};
  function postingMap(term, field, meta) {
    var key = field + "\n" + term, kept = postingMaps[key], e = entry(term, meta);
    var file = isBlocked(e) && !!loaded["p/" + e.k + "-all.js"], whole = !!e && !partial(e);
    var stamp = whole ? -1 : (e ? 1 : 0) + (file ? 2 : 0) + 4 * docsLoaded;
    if (kept && kept.stamp === stamp) return kept.m;
    var m = new Postings();
    postingsOf(term, field, meta).forEach(function (l) { eachPosting(l, function (d, freq, length) { m.add(d, freq, length); }); });
    postingMaps[key] = { m: m, stamp: stamp };
    return m;
  }
  // Postings are a term's postings in one field, by document: what a Map
  // from document to [freq, length] would be (has, get, forEach, size),
  // kept as lists in the documents' order, which they come in.
  function Postings() { this.docs = []; this.freqs = []; this.lengths = []; this.size = 0; this.sorted = true; }
  Postings.prototype.add = function (d, freq, length) {
    var i = this.size && d <= this.docs[this.size - 1] ? this.find(d) : -1;
    if (i >= 0) { this.freqs[i] = freq; this.lengths[i] = length; return; } // as Map.set
    if (this.size && d < this.docs[this.size - 1]) this.sorted = false;
    this.docs.push(d);
    this.freqs.push(freq);
    this.lengths.push(length);
    this.size++;
  };
  // find is where document d is, or -1.
  Postings.prototype.find = function (d) {
    var docs = this.docs;
    if (!this.sorted) return docs.indexOf(d);
    for (var lo = 0, hi = this.size - 1; lo <= hi;) {
      var mid = (lo + hi) >> 1;
      if (docs[mid] === d) return mid;
      if (docs[mid] < d) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  };
  Postings.prototype.has = function (d) { return this.find(d) >= 0; };
  Postings.prototype.get = function (d) { var i = this.find(d); return i < 0 ? undefined : [this.freqs[i], this.lengths[i]]; };
  Postings.prototype.forEach = function (fn) { for (var i = 0; i < this.size; i++) fn([this.freqs[i], this.lengths[i]], this.docs[i]); };
  Postings.prototype.eachDoc = function (fn) { for (var i = 0; i < this.size; i++) fn(this.docs[i]); };
  // docsOf returns the documents a group's terms are in, from what is loaded.
  function docsOf(group, meta) {
    var docs = {};
    groupMaps(group, meta).forEach(function (m) { m.eachDoc(function (d) { docs[d] = true; }); });
    return docs;
  }
  // groupMaps are the postings maps of a group's terms in every field.
  function groupMaps(group, meta) {
    var maps = [];
    group.forEach(function (t) {
      meta.fields.forEach(function (f, fi) {
        var m = postingMap(t, fi, meta);
        if (m.size) maps.push(m);
      });
    });
    return maps;
  }
  function groupSize(group, meta) {
    if (group.lazy) return group.lazy.size;
    var n = 0;
    group.forEach(function (t) { meta.fields.forEach(function (f, fi) { n += docFreq(t, fi, meta); }); });
    return n;
  }
  // loadWhole loads the postings files of a group's common terms.
  function loadWhole(group, meta) {
    var names = [];
    group.forEach(function (t) {
      var e = entry(t, meta);
      if (isBlocked(e)) names.push("p/" + e.k + "-all.js");
    });
    return Promise.all(names.map(load));
  }
  // candidates narrows the documents down: from the smallest group, through
  // the groups whose postings the shards hold (no request), then through the
  // groups with common terms — group by group while many documents remain
  // and each group leaves at most half of them, fetching their postings
  // files; otherwise all the rest at once (see postingsFor).
  // Every document that matches the whole query stays, with all its
  // postings loaded.
  // FEW is how many packs of candidates are few enough to fetch whole.
  var FEW = 12;
  function packCount(cands, meta) {
    var packs = {};
    Object.keys(cands).forEach(function (d) { packs[Math.floor(d / meta.pack)] = true; });
    return Object.keys(packs).length;
  }
  function hasBlocked(g, meta) { return g.some(function (t) { return partial(entry(t, meta)); }); }
  function candidates(groups, meta) {
    var lazy = groups.filter(isLazy), eager = groups.filter(function (g) { return !isLazy(g); });
    if (!eager.length) {
      var least = lazy.slice().sort(function (a, b) { return termCount(a) - termCount(b); })[0];
      return expandAll(least, meta).then(function () { return candidates(groups, meta); });
    }
    var bySize = function (a, b) { return groupSize(a, meta) - groupSize(b, meta); };
    var inline = eager.filter(function (g) { return !hasBlocked(g, meta); }).sort(bySize);
    var order = inline.concat(eager.filter(function (g) { return hasBlocked(g, meta); }).sort(bySize));
    function keep(cands, g) {
      var maps = groupMaps(g, meta);
      Object.keys(cands).forEach(function (d) {
        for (var i = 0; i < maps.length; i++) if (maps[i].has(+d)) return;
        delete cands[d];
      });
      return Object.keys(cands).length;
    }
    function atOnce(cands, rest) {
      return postingsFor(rest, meta, cands).then(function () {
        rest.forEach(function (g) { keep(cands, g); });
        return cands;
      });
    }
    function narrow(cands, rest) {
      var n = Object.keys(cands).length;
      if (!rest.length || !n) return cands;
      if (hasBlocked(rest[0], meta) && packCount(cands, meta) <= FEW) return atOnce(cands, rest);
      return loadWhole(rest[0], meta).then(function () {
        var left = keep(cands, rest[0]);
        return !hasBlocked(rest[0], meta) || 2 * left <= n ? narrow(cands, rest.slice(1)) : atOnce(cands, rest.slice(1));
      });
    }
    // resolveLazy gives the lazy groups the terms the candidates hold, from
    // their packs, when they are few; else every term.
    function resolveLazy(cands) {
      if (!lazy.length || !Object.keys(cands).length) return cands;
      if (packCount(cands, meta) > FEW) {
        return Promise.all(lazy.map(function (g) { return expandAll(g, meta); })).then(function () { return narrow(cands, lazy); });
      }
      return Promise.all(Object.keys(cands).map(function (d) { return loadDoc(+d, meta); })).then(function (docs) {
        lazy.forEach(function (g) { docs.forEach(function (d) { addHeld(g, d); }); });
        return loadShards([].concat.apply([], lazy).filter(function (t) { return !commonEntries(meta).has(t); }), meta);
      }).then(function () {
        lazy.forEach(function (g) { keep(cands, g); });
        return cands;
      });
    }
    return loadWhole(order[0], meta).then(function () { return narrow(docsOf(order[0], meta), order.slice(1)); }).then(resolveLazy);
  }
  // postingsFor loads the groups' postings for the candidates: the
  // candidates' packs when they are few (each holds its common terms'
  // postings, and the results shown need them anyway), else the common
  // terms' postings files.
  function postingsFor(groups, meta, cands) {
    var docs = Object.keys(cands);
    if (packCount(cands, meta) > FEW || !groups.some(function (g) { return hasBlocked(g, meta); })) {
      return Promise.all(groups.map(function (g) { return loadWhole(g, meta); }));
    }
    return Promise.all(docs.map(function (d) { return loadDoc(+d, meta); }));
  }

  // rank scores the candidates: leaves are the term queries, one per term
  // and field; the optional leaves — the phrase's, and each of the query's
  // terms in the body — make the last group, scored as a disjunction: their
  // sum times the share of them that match.
  function fieldIndex(meta, name) {
    for (var i = 0; i < meta.fields.length; i++) if (meta.fields[i][0] === name) return i;
    return -1;
  }
  function rank(groups, exact, near, meta, cands) {
    var n = meta.n, fields = meta.fields, leaves = [], sumSq = 0;
    function leaf(group, term, fi, boost, weighed) {
      var df = docFreq(term, fi, meta), idf = 1 + Math.log(n / (df + 1)), w = boost * idf;
      if (!weighed) sumSq += w * w;
      leaves.push({ group: group, map: df ? postingMap(term, fi, meta) : null, idf: idf, boost: boost });
    }
    // A character's group weighs all its terms, fetched or not (charGroup).
    groups.forEach(function (g, gi) {
      g.forEach(function (term) { fields.forEach(function (f, fi) { leaf(gi, term, fi, f[1], !!g.lazy); }); });
      if (g.lazy) sumSq += g.lazy.sq;
    });
    leaf(groups.length, exact, fields.length, meta.phrase[1]);
    var body = fieldIndex(meta, "body");
    near.forEach(function (t) { leaf(groups.length, t, body, fields[body][1]); });
    var qn = 1 / Math.sqrt(sumSq), perGroup = [];
    for (var i = 0; i <= groups.length; i++) perGroup.push({});
    var candList = Object.keys(cands).map(Number);
    leaves.forEach(function (l) {
      if (!l.map) return;
      var weight = l.boost * l.idf * qn, scores = perGroup[l.group];
      function add(p, doc) {
        var s = Math.sqrt(p[0]) * Math.fround(1 / Math.sqrt(p[1])) * l.idf * weight;
        var e = scores[doc] || (scores[doc] = { sum: 0, count: 0 });
        e.sum += s;
        e.count++;
      }
      if (candList.length < l.map.size) candList.forEach(function (d) { var p = l.map.get(d); if (p) add(p, d); });
      else l.map.forEach(function (p, d) { if (cands[d]) add(p, d); });
    });
    var hits = [];
    Object.keys(cands).forEach(function (doc) {
      var total = 0;
      for (var g = 0; g < groups.length; g++) {
        var e = perGroup[g][doc];
        if (!e) return;
        total += e.sum * (e.count / (termCount(groups[g]) * fields.length));
      }
      var p = perGroup[groups.length][doc];
      hits.push({ doc: +doc, score: p ? total + p.sum * (p.count / (1 + near.length)) : total });
    });
    return hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
  }

  // link points at the section that holds the first match (Link in Go):
  // the page's top for a section its text begins with.
  function link(d, pos) {
    var id = "";
    (d.anchors || []).forEach(function (a) { if (a[1] <= pos && a[1] > 0) id = a[0]; });
    return id ? d.url + "#" + id : d.url;
  }

  // sectionAt is where in a document's text a result links to: a heading
  // that says what was asked, more of it than the title and no less than
  // the best match (first), else the page's top (-1) when the title says
  // it as well as the text, else that match (sectionAt in Go).
  function sectionAt(d, marks, first) {
    var t = textOf(d.text), ranges = matchRanges(t, marks), ends = [], at = first, longest = 0;
    var inTitle = heldIn(matchRanges(textOf(d.title), marks), 0, Infinity);
    ranges.forEach(function (r) { longest = Math.max(longest, r[1] - r[0]); });
    var need = Math.max(inTitle + 1, longest);
    if (inTitle > 0 && inTitle >= longest) at = -1; // the title says it as well as the text: the page's top
    t.find("\n", function (i) { ends.push(i); });
    (d.anchors || []).forEach(function (a) {
      var end = ends.find(function (e) { return e >= a[1]; }), held;
      if (end === undefined) end = t.length;
      held = heldIn(ranges, a[1], end);
      if (held >= need && 2 * held >= end - a[1]) { at = a[1]; need = held + 1; } // a later heading must hold more
    });
    return at;
  }
  // heldIn counts the characters of the ranges in [from, to).
  function heldIn(ranges, from, to) {
    return ranges.reduce(function (n, r) { return n + Math.max(0, Math.min(r[1], to) - Math.max(r[0], from)); }, 0);
  }
  // matchRanges finds every place where the text (textOf) holds a term,
  // the overlapping ones merged: [start, end) pairs, sorted (matchRanges
  // in Go).
  function matchRanges(t, terms) {
    var ranges = [], merged = [];
    terms.forEach(function (term) { t.find(term, function (i, n) { ranges.push([i, i + n]); }); });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push([r[0], r[1]]);
    });
    return merged;
  }

  // ---- snippets: the same as the Go side's ------------------------------
  function esc(s) {
    return s.replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;" }[c]; });
  }
  function snippet(text, terms) {
    var flat = text.replace(/\n+$/, "").replace(/\n/g, " "), t = textOf(flat), merged = matchRanges(t, terms);
    // the best match: the longest run, of those the rarest, the first of
    // those (see bestRange in Go)
    var best = merged[0], times = Object.create(null), text = function (r) { return t.slice(r[0], r[1]); };
    merged.forEach(function (r) { times[text(r)] = (times[text(r)] || 0) + 1; });
    merged.forEach(function (r) {
      var n = r[1] - r[0], b = best[1] - best[0];
      if (n > b || n === b && times[text(r)] < times[text(best)]) best = r;
    });
    var first = best ? best[0] : -1;
    var cut = wholeWords(t, first >= 0 ? clauseStart(t, Math.max(0, first - BEFORE), first) : 0, first), start = cut[0], end = cut[1];
    var out = start > 0 ? "…" : "", pos = start;
    merged.forEach(function (r) {
      var from = Math.max(r[0], pos), to = Math.min(r[1], end);
      if (from >= to) return;
      out += esc(t.slice(pos, from)) + "<mark>" + esc(t.slice(from, to)) + "</mark>";
      pos = to;
    });
    return { html: out + esc(t.slice(pos, end)) + (end < t.length ? "…" : ""), first: first };
  }
  // wholeWords moves a snippet's ends off the middle of a Latin word
  // (wholeWords in Go): the start forward to the next word, not past the
  // best match; the end back to the word's start, spaces left out.
  var LATIN_WORD = /^[0-9\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;
  // clauseStart moves a start that cuts a clause forward to where the next
  // one begins, after a space or a full-width mark and the spaces after
  // it, when that is not past the best match (clauseStart in Go).
  var CLAUSE_MARK = /^[ ，。；：！？、,;:!?]$/;
  function clauseStart(t, start, first) {
    if (start === 0 || CLAUSE_MARK.test(t.slice(start - 1, start))) return start;
    for (var i = start; i < first; i++) {
      if (!CLAUSE_MARK.test(t.slice(i, i + 1))) continue;
      for (i++; i < first && t.slice(i, i + 1) === " "; i++);
      return i;
    }
    return start;
  }
  function wholeWords(t, start, first) {
    var latin = function (i) { return LATIN_WORD.test(t.slice(i, i + 1)); };
    var space = function (i) { return t.slice(i, i + 1) === " "; };
    if (start > 0 && latin(start - 1) && latin(start)) {
      var s = start;
      while (s < t.length && latin(s)) s++;
      while (s < t.length && space(s)) s++;
      if (s <= first) start = s;
    }
    var end = Math.min(t.length, start + LENGTH);
    if (end === t.length) return [start, end];
    var e = end;
    if (latin(end - 1) && latin(end)) while (e > start && latin(e - 1)) e--;
    while (e > start && space(e - 1)) e--;
    if (e > start && e > first) end = e;
    return [start, end];
  }
  // textOf is a text as snippet reads it, in characters (code points):
  // its length, slice(from, to), find(term, fn), which calls fn(i,
  // length) at each place where the text, each character lower-cased
  // (lower), holds term, and has(term), whether it holds it anywhere. A text of one code unit a character, the common
  // case, is searched as a string: lower-cased whole, it is lower-cased
  // character by character, but for a final sigma (Σ) and İ.
  function textOf(text) {
    var low = /[\uD800-\uDFFF\u0130\u03A3]/.test(text) ? "" : text.toLowerCase();
    if (low.length === text.length && text.length) {
      return {
        length: text.length,
        slice: function (a, b) { return text.slice(a, b); },
        find: function (term, fn) {
          if (!term) { for (var j = 0; j <= low.length; j++) fn(j, 0); return; }
          for (var i = low.indexOf(term); i >= 0; i = low.indexOf(term, i + 1)) fn(i, term.length);
        },
        has: function (term) { return low.indexOf(term) >= 0; }
      };
    }
    var cps = Array.from(text), low = cps.map(lower);
    return {
      length: cps.length,
      slice: function (a, b) { return cps.slice(a, b).join(""); },
      find: function (term, fn) {
        var tc = Array.from(term);
        for (var i = 0; i + tc.length <= low.length; i++) {
          var ok = true;
          for (var j = 0; j < tc.length && ok; j++) ok = low[i + j] === tc[j];
          if (ok) fn(i, tc.length);
        }
      },
      has: function (term) {
        var found = false;
        this.find(term, function () { found = true; });
        return found;
      }
    };
  }
})();
