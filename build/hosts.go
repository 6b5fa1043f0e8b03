package build

import (
	"fmt"
	"os"
	"strings"
)

// Output counts the files a build writes and their bytes, the search
// export's (search/, less its page) apart: what static hosts limit.
type Output struct {
	Files, SearchFiles int
	Bytes, SearchBytes int64
}

// Limits of the common static hosts (docs/deploy.md has the whole table).
const (
	maxHostFiles = 20000 // Cloudflare Pages: files per deployment (free plan)
	maxHostBytes = 1e9   // GitHub Pages, GitLab Pages: a published site
)

func countOutput(r *Result) Output {
	var o Output
	for _, f := range r.Files {
		n := f.Len()
		if f.From != "" {
			if fi, err := os.Stat(f.From); err == nil {
				n = fi.Size()
			}
		}
		o.Files++
		o.Bytes += n
		if strings.HasPrefix(f.Path, "search/") && !strings.HasSuffix(f.Path, ".html") {
			o.SearchFiles++
			o.SearchBytes += n
		}
	}
	return o
}

// String is the output's line of the build summary.
func (o Output) String() string {
	return fmt.Sprintf("%d files, %s (search export: %d files, %s)\n", o.Files, size(o.Bytes), o.SearchFiles, size(o.SearchBytes))
}

// Warnings name the static hosts that would refuse the output.
func (o Output) Warnings() []string {
	var w []string
	switch {
	case o.Files > maxHostFiles:
		w = append(w, fmt.Sprintf("warning: %d files: Cloudflare Pages takes at most 20,000 files on its free plan (100,000 on paid plans); GitLab Pages takes 200,000, Netlify any number (see docs/deploy.md)", o.Files))
	case o.Files > maxHostFiles*nearLimit:
		w = append(w, fmt.Sprintf("warning: %d files, near the 20,000 that Cloudflare Pages takes on its free plan: a few more courses and it refuses the site (see docs/deploy.md)", o.Files))
	}
	switch {
	case o.Bytes > maxHostBytes:
		w = append(w, fmt.Sprintf("warning: %s: GitHub Pages publishes at most 1 GB, GitLab Pages at most 1 GB by default (see docs/deploy.md)", size(o.Bytes)))
	case o.Bytes > maxHostBytes*nearLimit:
		w = append(w, fmt.Sprintf("warning: %s, near the 1 GB that GitHub Pages and GitLab Pages publish at most (see docs/deploy.md)", size(o.Bytes)))
	}
	return w
}

// nearLimit is the share of a host's limit past which a build warns that
// the site will soon pass it.
const nearLimit = 0.9

// size is a byte count as people read it: 1.5 MB, 12 KB (powers of 1000).
func size(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.2f GB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.0f KB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d bytes", n)
}
