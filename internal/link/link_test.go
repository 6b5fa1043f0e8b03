package link

import "testing"

func TestRel(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"", "", "./"},
		{"", "cs/", "cs/"},
		{"cs/", "", "../"},
		{"cs/ch/skill/", "cs/ch/other/", "../other/"},
		{"cs/ch/skill/", "cs/ch/skill/", "./"},
		{"cs/ch/skill/", "cs/ch2/", "../../ch2/"},
		{"cs/ch/skill/", "library/a/", "../../../library/a/"},
		{"cs/ch/skill/", "assets/style.css", "../../../assets/style.css"},
		{"csx/", "cs/", "../cs/"},
	} {
		if got := Rel(c.from, c.to); got != c.want {
			t.Errorf("Rel(%q, %q) = %q, want %q", c.from, c.to, got, c.want)
		}
	}
}
