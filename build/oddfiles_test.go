package build

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"skillbook/internal/sitetest"
)

// oddSite is the basic site with one odd thing done to it by odd, which
// gets the site's folder.
type oddCase struct {
	name string
	odd  func(t *testing.T, site string)
	// want is "" when the site must build, else a diagnostic it must print.
	want string
}

func oddCases() []oddCase {
	skill := "content/cs/01-basics/09-odd.md"
	return []oddCase{
		{"bom", writeOdd(skill, "\uFEFF---\ntitle: 带BOM\n---\n## 牢记要点\n\n- 一\n"), ""},
		{"crlf", writeOdd(skill, "---\r\ntitle: 回车换行\r\n---\r\n## 技能描述\r\n\r\n正文\r\n\r\n## 牢记要点\r\n\r\n- 一\r\n- 二\r\n"), ""},
		{"nul", writeOdd(skill, "---\ntitle: 空字符\n---\n正文\x00中间\x00\n"), ""},
		{"nul-in-front-matter", writeOdd(skill, "---\ntitle: \"a\x00b\"\n---\n"), ""},
		{"list-10000", writeOdd(skill, "---\ntitle: 长列表\n---\n"+strings.Repeat("- 一项\n", 10000)), ""},
		{"nesting-1000", writeOdd(skill, "---\ntitle: 深嵌套\n---\n"+nested(1000)), ""},
		{"symlink-loop", func(t *testing.T, site string) {
			symlink(t, "..", filepath.Join(site, "content/cs/01-basics/images/loop"))
		}, "content/cs/01-basics/images/loop: error: symbolic link to a folder"},
		{"symlink-out", func(t *testing.T, site string) {
			outside := filepath.Join(t.TempDir(), "secret.md")
			os.WriteFile(outside, []byte("---\ntitle: 站外\n---\n"), 0o644)
			symlink(t, outside, filepath.Join(site, "content/cs/01-basics/09-secret.md"))
		}, "content/cs/01-basics/09-secret.md: error: symbolic link to a file outside the site"},
		{"symlink-inside", func(t *testing.T, site string) {
			symlink(t, "flow.svg", filepath.Join(site, "content/cs/01-basics/images/same.svg"))
		}, ""},
		{"dangling", func(t *testing.T, site string) {
			symlink(t, "gone.md", filepath.Join(site, "content/cs/01-basics/09-vanished.md"))
		}, "content/cs/01-basics/09-vanished.md: error: symbolic link that leads nowhere: its target does not exist"},
		{"unreadable", func(t *testing.T, site string) {
			if os.Geteuid() == 0 {
				t.Skip("root reads every file")
			}
			p := filepath.Join(site, "content/cs/01-basics/01-greeting.md")
			os.Chmod(p, 0)
		}, "content/cs/01-basics/01-greeting.md: error: open"},
	}
}

// TestOddFiles builds the basic site with each odd file: it builds, or
// fails with a diagnostic that names the file.
func TestOddFiles(t *testing.T) {
	for _, c := range oddCases() {
		t.Run(c.name, func(t *testing.T) {
			site := sitetest.Extract(t, "testdata/sites/basic.txtar")
			c.odd(t, site)
			res := Build(Options{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public")})
			got := res.Diags.String()
			switch {
			case c.want == "" && res.Diags.HasErrors():
				t.Errorf("does not build:\n%s", got)
			case c.want != "" && !strings.Contains(got, c.want):
				t.Errorf("diagnostics lack %q:\n%s", c.want, got)
			}
		})
	}
}

func writeOdd(rel, text string) func(t *testing.T, site string) {
	return func(t *testing.T, site string) {
		if err := os.WriteFile(filepath.Join(site, rel), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func symlink(t *testing.T, target, link string) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// nested is depth levels of lists in quotes in lists.
func nested(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat("  ", 0))
		if i%2 == 0 {
			b.WriteString("> ")
		} else {
			b.WriteString("- ")
		}
	}
	b.WriteString("最深处\n")
	return b.String()
}

// TestBigOddFiles builds a 50 MB Markdown file and a site of 100,000 tiny
// files, and reports the build's time and peak heap. Minutes of work: only
// with SKILLBOOK_LONG=1.
//
//	SKILLBOOK_LONG=1 go test ./build -run TestBigOddFiles -v -timeout 30m
func TestBigOddFiles(t *testing.T) {
	if os.Getenv("SKILLBOOK_LONG") == "" {
		t.Skip("set SKILLBOOK_LONG=1 to build a 50 MB page and 100,000 files")
	}
	t.Run("50MB-page", func(t *testing.T) {
		site := sitetest.Extract(t, "testdata/sites/basic.txtar")
		var b strings.Builder
		b.WriteString("---\ntitle: 五十兆\n---\n## 技能描述\n\n")
		for i := 0; b.Len() < 50<<20; i++ {
			fmt.Fprintf(&b, "第%d段：客户服务培训的目的是提高服务质量，*强调*与[链接](02-listening.md)。\n\n- 要点%d\n- 另一点\n\n", i, i)
		}
		writeOdd("content/cs/01-basics/09-big.md", b.String())(t, site)
		measureBuild(t, site, 4<<30)
	})
	t.Run("100000-files", func(t *testing.T) {
		site := sitetest.Extract(t, "testdata/sites/basic.txtar")
		for i := range 100000 {
			dir := filepath.Join(site, "content/cs/01-basics/files", fmt.Sprint(i/1000))
			if i%1000 == 0 {
				os.MkdirAll(dir, 0o755)
			}
			os.WriteFile(filepath.Join(dir, fmt.Sprint(i, ".txt")), []byte{byte(i)}, 0o644)
		}
		measureBuild(t, site, 2<<30)
	})
}

// measureBuild builds the site, sampling the heap, and fails when the
// build fails or its heap goes over limit bytes.
func measureBuild(t *testing.T, site string, limit uint64) {
	runtime.GC()
	var peak atomic.Uint64
	done := make(chan bool)
	go func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak.Store(max(peak.Load(), m.HeapAlloc))
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	start := time.Now()
	res := Build(Options{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public")})
	close(done)
	t.Logf("built in %v, peak heap %d MiB, %d files", time.Since(start).Round(time.Millisecond), peak.Load()>>20, len(res.Files))
	if res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	if peak.Load() > limit {
		t.Errorf("peak heap %d MiB, over %d MiB", peak.Load()>>20, limit>>20)
	}
}
