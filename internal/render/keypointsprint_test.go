package render

import "testing"

// The prints are pinned here and in internal/e2e/js/progress-core.test.js
// (keyPointsPrint): Go writes them into the pages, JavaScript compares them.
func TestKeyPointsPrint(t *testing.T) {
	for _, c := range []struct {
		ids  []string
		want string
	}{
		{nil, "ztntfp"},
		{[]string{"kp-7bc9f447"}, "97eftz"},
		{[]string{"kp-7bc9f447", "kp-0aafe489", "kp-a87e9757"}, "l8u18g"},
		{[]string{"kp-a87e9757", "kp-7bc9f447", "kp-0aafe489"}, "l8u18g"},
		{[]string{"kp-7bc9f447", "kp-0aafe489"}, "juvvtn"},
		{[]string{"要点", "kp-1", "😀"}, "qz5e2f"},
	} {
		if got := keyPointsPrint(c.ids); got != c.want {
			t.Errorf("keyPointsPrint(%q) = %q, want %q", c.ids, got, c.want)
		}
	}
}
