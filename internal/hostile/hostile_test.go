package hostile

import (
	"testing"

	"skillbook/internal/gift"
)

// TestGIFTParses checks that the hostile bank is a bank: the importer reads
// every question, so the browser test sees payloads in each of them.
func TestGIFTParses(t *testing.T) {
	q, problems := gift.Parse(GIFT())
	if len(problems) > 0 || len(q.Questions) != 5 {
		t.Fatalf("%d questions, problems %v", len(q.Questions), problems)
	}
	if q.Questions[0].Prompt != pick(2) {
		t.Errorf("first prompt %q, want %q", q.Questions[0].Prompt, pick(2))
	}
}
