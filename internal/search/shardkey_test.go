package search

import "testing"

// TestSynonymPairsShareShard: the pairs a query's synonyms make where they
// meet its other words (通过员工 and 通过职工: 过员 and 过职), and the
// synonyms themselves, are filed in one shard, so that such a query costs
// one request for them, not one each (围绕通过员工群众 at 10,000 skill
// points: 21 → 20); a site's own sets count, a single character's and
// other pairs' shards stay as they were.
func TestSynonymPairsShareShard(t *testing.T) {
	ix := New(nil, Options{Synonyms: [][]string{{"客服", "客户服务"}}})
	ix.shards = 2048
	for _, same := range [][2]string{{"过员", "过职"}, {"员工", "职工"}, {"提高", "提升"}, {"企业", "公司"}, {"培训", "训练"}, {"练员", "培职"}, {"客户", "顾客"}, {"服员", "务员"}} {
		if a, b := ix.termShard(same[0]), ix.termShard(same[1]); a != b {
			t.Errorf("%s in shard %d, %s in %d", same[0], a, same[1], b)
		}
	}
	for _, own := range []string{"过", "职", "群众", "和平", "服务员"} {
		if got, want := ix.termShard(own), Shard(own, ix.shards); got != want {
			t.Errorf("%s in shard %d, want %d", own, got, want)
		}
	}
}
