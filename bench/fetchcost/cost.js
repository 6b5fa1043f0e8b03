async function (n, first) {
  const url = (i) => "/search/d/" + (first + i) + ".js";
  const fetched = (u) => fetch(u).then((r) => r.arrayBuffer());
  const requested = (u) => new Promise((done) => {
    const x = new XMLHttpRequest();
    x.open("GET", u); x.responseType = "arraybuffer"; x.onload = x.onerror = done; x.send();
  });
  const run = (u) => new Promise((done) => {
    const s = document.createElement("script");
    s.src = u; s.onload = s.onerror = done; document.head.appendChild(s);
  });
  async function oneByOne(from, get) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await get(url(from + i));
    return (performance.now() - t0) / n;
  }
  await fetched(url(5 * n - 1)); // the connection opened
  const out = {
    "fetch, one after another": await oneByOne(0, fetched),
    "fetch, again from the cache": await oneByOne(0, fetched),
    "XMLHttpRequest, one after another": await oneByOne(n, requested),
    "<script>, one after another": await oneByOne(2 * n, run),
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: n }, (_, i) => fetched(url(3 * n + i))));
  out["fetch, all at once"] = (performance.now() - t0) / n;
  return Object.entries(out).map(([k, v]) => k + " " + v.toFixed(2) + " ms").join("; ");
}
