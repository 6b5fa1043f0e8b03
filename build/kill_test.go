package build

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"skillbook/internal/corpus"
)

// TestKill kills builds (kill -9) at random moments, half of them while the
// output is being written and swapped in, and checks after each that the
// output folder is, file by file, a whole earlier or a whole new build; one
// kill in four targets another folder. The next build must then leave no
// temporary folder anywhere, nor any journal record. KILLS (default 4) and
// KILL_POINTS (skill points of the generated site, default 40) make it
// longer: scripts/kill runs 50 kills of a 2,000-point site.
func TestKill(t *testing.T) {
	if testing.Short() {
		t.Skip("kills builds; not in -short")
	}
	kills, points := envInt("KILLS", 4), envInt("KILL_POINTS", 40)
	k := newKiller(t, points)
	var inWrite, newer, older int
	for i := range kills {
		before := k.current()
		k.setVersion(1 - before) // so that the new build differs from the output
		target := k.out
		if i%4 == 3 {
			target = k.elsewhere
		}
		wrote := k.killOne(target, i%2 == 1)
		if wrote {
			inWrite++
		}
		now := k.check(k.out)
		switch {
		case target != k.out:
		case now == before:
			older++
		default:
			newer++
		}
		k.check(k.elsewhere)
		t.Logf("kill %d of a build into %s (during the write stage: %v): the output holds build %d, whole", i+1, filepath.Base(target), wrote, now)
	}
	left := k.leftovers()
	res := Build(Options{SiteDir: k.site, OutDir: k.out})
	if res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	after := k.leftovers()
	if len(after) > 0 {
		t.Errorf("after the next build, leftovers remain: %v", after)
	}
	if k.check(k.out) != k.version {
		t.Error("the next build did not write the current site")
	}
	t.Logf("%d kills of a %d-point build (%d files): %d during the write stage; of the kills into the output folder, %d left the earlier build and %d the new one; %d leftover folder(s) and record(s) before the next build, %d after",
		kills, points, len(k.refs[0]), inWrite, older, newer, len(left), len(after))
}

// TestKillChild is the build TestKill kills; it runs only when asked to.
func TestKillChild(t *testing.T) {
	site, out, ok := strings.Cut(os.Getenv("SKILLBOOK_KILL_CHILD"), "\n")
	if !ok {
		t.Skip("run by TestKill")
	}
	res := Build(Options{SiteDir: site, OutDir: out, Verbose: os.Stdout})
	if res.Diags.HasErrors() {
		fmt.Println(res.Diags)
		os.Exit(1)
	}
	os.Exit(0)
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// killer holds a generated site in two versions, the reference output of
// each, and the folders the killed builds write to.
type killer struct {
	t              *testing.T
	site, page     string
	texts          [2][]byte
	refs           [2]map[string][]byte
	out, elsewhere string
	state          string
	version        int
	full, write    time.Duration // of an uninterrupted build, and of its write stage
}

func newKiller(t *testing.T, points int) *killer {
	root := t.TempDir()
	k := &killer{t: t, site: filepath.Join(root, "site"), out: filepath.Join(root, "site", "public"),
		elsewhere: filepath.Join(t.TempDir(), "copy"), state: t.TempDir()}
	t.Setenv("SKILLBOOK_STATE", k.state)
	if err := corpus.Write(k.site, corpus.DefaultShape(points)); err != nil {
		t.Fatal(err)
	}
	k.page = firstSkill(t, k.site)
	k.texts[0], _ = os.ReadFile(k.page)
	k.texts[1] = append(bytes.Clone(k.texts[0]), "\n第二版的补充说明。\n"...)
	for v := range 2 {
		k.setVersion(v)
		ref := filepath.Join(root, "ref"+strconv.Itoa(v))
		if res := Build(Options{SiteDir: k.site, OutDir: ref}); res.Diags.HasErrors() {
			t.Fatal(res.Diags)
		}
		k.refs[v] = readAll(t, ref)
	}
	k.setVersion(0)
	start := time.Now()
	k.run(k.out, func(*exec.Cmd, <-chan time.Time) {}) // measures, and makes the first output
	k.full = time.Since(start)
	return k
}

func firstSkill(t *testing.T, site string) string {
	var found string
	_ = filepath.WalkDir(filepath.Join(site, "content"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && found == "" && strings.HasPrefix(d.Name(), "skill-") {
			found = p
		}
		return err
	})
	if found == "" {
		t.Fatal("no skill point in the generated site")
	}
	return found
}

func (k *killer) setVersion(v int) {
	k.version = v
	if err := os.WriteFile(k.page, k.texts[v], 0o644); err != nil {
		k.t.Fatal(err)
	}
}

// current returns the version the output folder holds.
func (k *killer) current() int { return k.check(k.out) }

// run starts a build into out and hands it to act with the moment its
// write stage began (the channel fires then); it waits for the build's end.
func (k *killer) run(out string, act func(*exec.Cmd, <-chan time.Time)) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$")
	cmd.Env = append(os.Environ(), "SKILLBOOK_KILL_CHILD="+k.site+"\n"+out, "SKILLBOOK_STATE="+k.state)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		k.t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		k.t.Fatal(err)
	}
	writing := make(chan time.Time, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "index") {
				writing <- time.Now()
			}
		}
	}()
	act(cmd, writing)
	_ = cmd.Wait()
	if k.write == 0 {
		select {
		case at := <-writing:
			k.write = time.Since(at)
		default:
		}
	}
}

// killOne starts a build into out and kills it: at a random moment of the
// whole build, or, with inWrite, of its write stage. It reports whether the
// kill came while the build was writing.
func (k *killer) killOne(out string, inWrite bool) (wrote bool) {
	k.run(out, func(cmd *exec.Cmd, writing <-chan time.Time) {
		done := make(chan struct{})
		go func() { _, _ = cmd.Process.Wait(); close(done) }()
		if !inWrite {
			time.Sleep(rand.N(k.full))
		} else {
			select {
			case <-writing:
				wrote = true
				time.Sleep(rand.N(k.write + 1))
			case <-done:
			}
		}
		_ = cmd.Process.Kill()
	})
	return wrote
}

// check returns the version the folder dir holds whole, file by file, and
// fails the test when it holds neither; a missing folder counts as the
// current version's predecessor only for the folder elsewhere.
func (k *killer) check(dir string) int {
	k.t.Helper()
	if _, err := os.Stat(dir); err != nil && dir == k.elsewhere {
		return -1
	}
	got := readAll(k.t, dir)
	for v, ref := range k.refs {
		if sameFiles(got, ref) {
			return v
		}
	}
	k.t.Fatalf("%s holds neither a whole earlier nor a whole new build (%d files; references %d and %d)", dir, len(got), len(k.refs[0]), len(k.refs[1]))
	return -1
}

// leftovers lists temporary folders beside both outputs and journal records.
func (k *killer) leftovers() []string {
	var found []string
	for _, dir := range []string{filepath.Dir(k.out), filepath.Dir(k.elsewhere), filepath.Join(k.state, "writing")} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") || strings.HasSuffix(e.Name(), ".rec") {
				found = append(found, filepath.Join(dir, e.Name()))
			}
		}
	}
	return found
}

func readAll(t *testing.T, root string) map[string][]byte {
	files := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		b, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for name, data := range a {
		if other, ok := b[name]; !ok || !bytes.Equal(data, other) {
			return false
		}
	}
	return true
}
