package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata")

// TestSection turns each log of testdata (handmade.log: every kind of
// line, budgets met and missed; dry-run.log: a dry run of bench/run, as
// captured) into the section of docs/benchmarks.md, compared with the
// .md file of the same name (-update rewrites them).
func TestSection(t *testing.T) {
	logs, err := filepath.Glob(filepath.Join("testdata", "*.log"))
	if err != nil || len(logs) == 0 {
		t.Fatalf("no logs in testdata (%v)", err)
	}
	for _, name := range logs {
		t.Run(filepath.Base(name), func(t *testing.T) {
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			b, err := parse(f)
			if err != nil {
				t.Fatal(err)
			}
			got := section(b)
			golden := strings.TrimSuffix(name, ".log") + ".md"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("section differs from %s (go test ./bench/report -update rewrites it); got:\n%s", golden, got)
			}
		})
	}
}

// TestEveryLineRead: each kind of line the scripts print reaches the
// section (the savelatency lines once never did).
func TestEveryLineRead(t *testing.T) {
	b, err := parse(strings.NewReader(`== 100 skill points
skillbook serve, body edit: save → served median 30.0 ms, p95 40.0 ms (3 saves)
hugo server, body edit: save → served median 300.0 ms, p95 400.0 ms (3 saves)
skillbook serve, common edit: save → served median 70.0 ms, p95 90.0 ms (3 saves)
hugo server, common edit: save → served median 310.0 ms, p95 410.0 ms (3 saves)
`))
	if err != nil {
		t.Fatal(err)
	}
	got := section(b)
	for _, want := range []string{
		"| 5. serve: save → served, body edit, median (p95) | 30.0 ms (40.0) | 300.0 ms (400.0) | 0.10 | ≤ 0.2 × | yes |",
		"| 5. serve: save → served, common edit, median (p95) | 70.0 ms (90.0) | 310.0 ms (410.0) | 0.23 | ≤ 0.2 × | no |",
		"| 5. serve: common-term edit vs ordinary (body) edit, median | 70.0 ms | 30.0 ms (body, Skillbook) | 2.33 | ≤ 2 × | no |",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no line\n%s\nin\n%s", want, got)
		}
	}
}

// TestSpliced replaces the section between its markers, and only it.
func TestSpliced(t *testing.T) {
	doc := "# B\n\ntext\n\n" + begin + "\nold\n" + end + "\nafter\n"
	got := spliced(doc, begin+"\nnew\n"+end+"\n")
	want := "# B\n\ntext\n\n" + begin + "\nnew\n" + end + "\nafter\n"
	if got != want {
		t.Errorf("spliced:\n%q\nwant\n%q", got, want)
	}
	// the markers named in prose are not the section's
	prose := "# B\n\nbetween `" + begin + "`\nand `" + end + "` it goes.\n\n"
	if got := spliced(prose+doc[4:], begin+"\nnew\n"+end+"\n"); got != prose+want[4:] {
		t.Errorf("spliced with the markers in prose:\n%q\nwant\n%q", got, prose+want[4:])
	}
	if got := spliced("# B\n", "S\n"); got != "# B\n\nS\n" {
		t.Errorf("spliced without a section: %q", got)
	}
}
