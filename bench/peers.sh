# Sourced by the bench scripts: the peers, installed when missing, and the
# Hugo site they make of a generated corpus or of content/.

# need_hugo installs Hugo with apt when it is missing (Debian 12: 0.111).
need_hugo() {
  if ! command -v hugo >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
  fi
}

# need_pagefind DIR installs Pagefind 1.6.0 with npm into DIR (its binary:
# DIR/node_modules/.bin/pagefind).
need_pagefind() {
  (cd "$1" && npm install --no-audit --no-fund --silent pagefind@1.6.0 >/dev/null)
}

# hugo_site DIR makes the site DIR (content/ in it) a Hugo site with the
# smallest layouts, the content marked for Pagefind.
hugo_site() {
  mkdir -p "$1/layouts/_default"
  printf 'baseURL = "/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term"]\n' > "$1/hugo.toml"
  echo '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>' > "$1/layouts/_default/single.html"
  echo '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>' > "$1/layouts/_default/list.html"
}

# need_chromium installs Chromium with apt when it is missing (searchvs,
# pageweight).
need_chromium() {
  if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
}
