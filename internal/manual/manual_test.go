package manual

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// seedPath is the user's manual (shared/seeds/000_c3d242460353e9ba.txt), the
// source of the bundled course, kept here as the importer's real input.
const seedPath = "testdata/seed.txt"

// bundledLayout is how the bundled course was imported.
var bundledLayout = Layout{Course: "customer-service", Title: "客户服务管理"}

func readSeed(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSeedStructure: importing the seed gives the manual's structure:
// every chapter, every skill point, every key point, every article.
func TestSeedStructure(t *testing.T) {
	m := Parse(string(readSeed(t)))
	var got []string
	for _, ch := range m.Chapters {
		got = append(got, "# "+ch.Title)
		for _, s := range ch.Skills {
			got = append(got, "## "+s.Title)
			for _, b := range s.Blocks {
				if b.Kind == KeyPointsBlock {
					got = append(got, "caption "+b.Text)
					for _, it := range b.Items {
						got = append(got, "- "+it)
					}
				}
			}
		}
	}
	for _, a := range m.Articles {
		got = append(got, "article "+a.Title)
	}
	want := strings.Split(strings.TrimSpace(seedOutline), "\n")
	if !slices.Equal(got, want) {
		t.Errorf("structure:\n%s\nwant:\n%s", strings.Join(got, "\n"), seedOutline)
	}
	if !slices.Equal(m.Dropped, []int{3, 4, 610, 611}) {
		t.Errorf("dropped lines %v, want the repeated title (3, 4), 相关文档 and 最新文档 (610, 611)", m.Dropped)
	}
}

const seedOutline = `
# 第一章
## 服务是以无形的方式
caption 吸引客户的手段
- 运用情感化的服务
- 牢记“客户永远是对的”这句话
- 尊重客户权利
- 把服务问题提高到企业战略高度来认识
- 正确处理服务与经营的关系
## 如何架设联系客户的桥梁
caption 架设通往客户的桥梁要做到:
- 热情周到的服务
- 追求完美服务台
- 记住客户名字
- 提供超出客户预期的服务
- 争取常客
- 避免过度服务
## 如何确定服务的目标市场
caption 企业确立服务目标的市场定位方法有:
- 根据产品和服务的属性、特色、消费价值定位
- 根据价格和质量定位
- 根据使用目的和使用范围定位
- 根据产品和服务的类别定位
- 与竞争对手针锋相对,确定本企业的定位
# 第二章 客户服务人员培训——客户服务管理的基石
## 如何进行客户服务培训前的工作
caption 员工培训之前必须做到:
- 选聘具有潜质的员工
- 培训要有明确的目的
- 让员工知道企业培训他们的目的
- 让员工明白培训能给全心全意自己带来的收益
- 鼓励员工不断学习并强调实施
## 如何建立完善的培训系统
caption 建立完善的培训系统必须:
- 考虑公司的文化和战略
- 制定公司的培训策略
- 制定年度培训计划
- 编制培训预算
- 实施培训工作
## 如何通过培训提高客户服务人员的素质
caption 服务人员的个人素质日高的途径有:
- 培养语言表达能力
- 培养自控能力
- 业务培训
- 仪表礼仪培训
- 职业道德培训
## 如何培养员工的客户服务意识
caption 组织培训应遵循的原则是:
- 组织内部必须协调一致
- 监督管理者必须具备客户服务意识
- 训练下属以大局为重
- 决策经营者要经常深入一线
- 围绕“客户至上”,对新员工进行系统培训
## 如何组织有效的客户关怀培训
caption 组织有效的客户关怀培训,要从以下几方面做起:
- 录用、选拔和培训具备正确态度的员工
- 关注细节
- 正确地使用咨询人员
- 根据具体情况建立客户服务团队
- 确定一次培训的最佳规模
## 如何对员工进行教育训练
caption 对员工进行教育训练应:
- 进行心理教育和技能训练
- 把员工当成客户
- 利用语言文字,把服务技能技巧灌输给员工
## 如何对一线员工进行培训
caption 一线员工培训的要求:
- 学会帮助客户
- 学会承认客户
- 培训员工如何处理突发事件
- 教会员工如何进行人际交往
# 第六章 一流的服务团队创造一流的服务
## 如何建立出色的服务职能部门
caption 建立服务职能部门必须:
- 确定一个核心的管理层
- 明确工作岗位职能,制定工作流程
- 加强各部门的沟通与合作
- 构建客户服务管理体系
## 怎样通过员工满足客户的需求
article 服务质量保证方法
article 服务群众方面整改措施
article 变迁中的公共服务供给方式与权力结构
article 公共服务平台促行政监督方式转变
article 浅谈物业管理客户服务体系的建立
article 服务理念与管理方式的转变1.doc
article 服务质量保证措施99608
article 2021年管理服务体系
article 创新服务群众机制和方法
article 创新公共服务提供方式,推进公共服务供给侧改革(下)
article 商业银行转变服务方式
article 服务质量管理办法
article 管理服务体系
article 加强和改进党员联系群众服务群众工作的实施办法
article 转变服务模式
article 服务水平及质量控制、方案
article 党员干部提升服务职工群众工作能力
`

// TestBundledMatchesImport: the bundled course in content/ is what
// importing the seed gives, file for file; only the file names differ (the
// importer names files after their titles, the bundled course has English
// names, renamed after the import).
func TestBundledMatchesImport(t *testing.T) {
	files := Parse(string(readSeed(t))).Files(bundledLayout)
	var course, library []File
	for _, f := range files {
		if strings.HasPrefix(f.Path, "content/library/") {
			library = append(library, f)
		} else {
			course = append(course, f)
		}
	}
	compareTree(t, course, "../../content/customer-service", nil)
	compareTree(t, library, "../../content/library", []string{"_index.md"})
}

// compareTree pairs the files with the files under dir, both in path
// order, and compares their contents.
func compareTree(t *testing.T, files []File, dir string, skip []string) {
	t.Helper()
	var paths []string
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !slices.Contains(skip, d.Name()) {
			paths = append(paths, p)
		}
		return err
	})
	slices.Sort(paths)
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	if len(paths) != len(files) {
		t.Fatalf("%s has %d files, the import %d", dir, len(paths), len(files))
	}
	for i, p := range paths {
		have, _ := os.ReadFile(p)
		if string(have) != string(files[i].Data) {
			t.Errorf("%s differs from the import's %s:\n%s\nimport:\n%s", p, files[i].Path, have, files[i].Data)
		}
	}
}

// TestGBK: the seed saved as GBK imports to the same files.
func TestGBK(t *testing.T) {
	seed := readSeed(t)
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(seed)
	if err != nil {
		t.Fatal(err)
	}
	m, encoding, err := Read("seed.txt", gbk)
	if err != nil || encoding != "GB18030" {
		t.Fatalf("read as %q: %v", encoding, err)
	}
	if !slices.EqualFunc(m.Files(bundledLayout), Parse(string(seed)).Files(bundledLayout), func(a, b File) bool {
		return a.Path == b.Path && string(a.Data) == string(b.Data)
	}) {
		t.Error("the GBK copy imports differently from the UTF-8 seed")
	}
}

// TestNothingLost: every character of the seed that is not dropped chrome
// is in the imported files, in order.
func TestNothingLost(t *testing.T) {
	checkNothingLost(t, readSeed(t))
}

// subsequence reports whether the visible characters of a (white space
// of any kind aside) appear in b in order; when not, i is the first that
// does not.
func subsequence(a, b string) (i int, ok bool) {
	rb := []rune(b)
	j := 0
	for i, r := range []rune(a) {
		if !visible(r) {
			continue
		}
		for j < len(rb) && rb[j] != r {
			j++
		}
		if j == len(rb) {
			return i, false
		}
		j++
	}
	return 0, true
}

func visible(r rune) bool {
	return r > ' ' && r != 0x7f && r != '\uFEFF' && !(r >= 0x80 && r < 0xa0) && !unicode.IsSpace(r)
}

// TestFullWidthMarkers: 技能点 and 第…章 lines typed with full-width
// digits and spaces, as a Chinese IME types them, are recognised.
func TestFullWidthMarkers(t *testing.T) {
	m := Parse("第三章　客户服务的技巧\n技能点６　如何确定服务的目标市场\n技能描述\n确定目标市场。\n牢记要点\n确定目标市场\n技能点７ 如何进行市场定位\n技能描述\n进行市场定位。\n（１）定位\n（２）宣传\n")
	var got []string
	for _, ch := range m.Chapters {
		got = append(got, "# "+ch.Title)
		for _, s := range ch.Skills {
			got = append(got, "## "+s.Title+" ("+s.Marker+")")
		}
	}
	want := []string{"# 第三章 客户服务的技巧", "## 如何确定服务的目标市场 (技能点６)", "## 如何进行市场定位 (技能点７)"}
	if !slices.Equal(got, want) || m.Chapters[0].Number != 3 {
		t.Errorf("structure %q (chapter %d), want %q (chapter 3)", got, m.Chapters[0].Number, want)
	}
	if bs := m.Chapters[0].Skills[1].Blocks; bs[len(bs)-1].Kind != List {
		t.Errorf("（１）… lines: %+v, want a list", bs[len(bs)-1])
	}
}

// TestCutOffManual: the seed's last skill point ends in the middle of a
// sentence (企业的员工是激发还是阻): its copy lost a page, and the import
// says so; a manual that ends with a full stop gets no such note.
func TestCutOffManual(t *testing.T) {
	want := "the last skill point, 「怎样通过员工满足客户的需求」, ends in the middle of a sentence: 「…企业的员工是激发还是阻」; the copy may have lost what followed"
	notes := func(m *Manual) []string {
		var out []string
		for _, n := range m.Notes {
			out = append(out, n.Message)
		}
		return out
	}
	if got := notes(Parse(string(readSeed(t)))); !slices.Contains(got, want) {
		t.Errorf("seed's notes %q lack %q", got, want)
	}
	whole := "第一章 客户服务\n技能点1 如何受理投诉\n技能描述\n受理投诉要耐心。\n"
	if got := notes(Parse(whole)); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "middle of a sentence") }) {
		t.Errorf("a whole manual noted as cut off: %q", got)
	}
}

// TestNotAManual: text that is Markdown already, or holds no Chinese, gets
// a note at its first line saying what import reads; a manual does not.
func TestNotAManual(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"---\ntitle: 客户服务\n---\n## 技能描述\n\n正文\n", "the file is Markdown already (front matter, # headings): put Markdown pages into content/ as they are; import reads a manual's plain text, Word or HTML"},
		{"#!/bin/sh\nw=${3--1280}\n", "the file holds no Chinese text: is it a manual? Import reads a manual's plain text, Word or HTML"},
		{"第一章 服务\n\n技能点1 如何问候\n\n技能描述\n\n# 号码要记牢\n", ""},
	} {
		m := Parse(c.text)
		got := ""
		if len(m.Notes) > 0 && m.Notes[0].Line == 1 {
			got = m.Notes[0].Message
		}
		if got != c.want {
			t.Errorf("%q: first note %q, want %q", c.text, got, c.want)
		}
	}
}
