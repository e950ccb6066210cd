package re_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// The random differential test draws patterns from a small grammar
// (groups, alternation, every quantifier, backreferences, lookaround,
// anchors) and subjects over a small alphabet, with a fixed seed, and
// compares search, findall, sub and split results with CPython 3.6's.

type patGen struct {
	r      *rand.Rand
	groups int
}

func (g *patGen) atom(depth int) string {
	switch k := g.r.Intn(16); {
	case k < 4:
		return string("ab1 "[g.r.Intn(4)])
	case k == 4:
		return "."
	case k == 5:
		return []string{"[ab]", "[^a]", `\w`, `\d`, `\s`, `[a-b1]`, `\W`}[g.r.Intn(7)]
	case k == 6:
		return []string{"^", "$", `\b`, `\B`, `\A`, `\Z`}[g.r.Intn(6)]
	case k == 7 && g.groups > 0:
		return fmt.Sprintf(`\%d`, 1+g.r.Intn(g.groups))
	case k == 8 && depth < 3:
		return "(?=" + g.alt(depth+1) + ")"
	case k == 9 && depth < 3:
		return "(?!" + g.alt(depth+1) + ")"
	case k == 10:
		return []string{"(?<=a)", "(?<!b)", "(?<=[ab]1)", "(?<!\\d)"}[g.r.Intn(4)]
	case k >= 11 && depth < 3:
		if g.r.Intn(3) == 0 {
			return "(?:" + g.alt(depth+1) + ")"
		}
		g.groups++
		return "(" + g.alt(depth+1) + ")"
	}
	return "a"
}

func (g *patGen) item(depth int) string {
	a := g.atom(depth)
	if strings.HasPrefix(a, "(?=") || strings.HasPrefix(a, "(?!") || strings.HasPrefix(a, "(?<") ||
		a == "^" || a == "$" || a == `\b` || a == `\B` || a == `\A` || a == `\Z` {
		return a
	}
	if g.r.Intn(3) == 0 {
		q := []string{"*", "+", "?", "{1,2}", "{2}", "{0,}"}[g.r.Intn(6)]
		if g.r.Intn(3) == 0 {
			q += "?"
		}
		return a + q
	}
	return a
}

func (g *patGen) seq(depth int) string {
	n := 1 + g.r.Intn(3)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(g.item(depth))
	}
	return b.String()
}

func (g *patGen) alt(depth int) string {
	s := g.seq(depth)
	if g.r.Intn(4) == 0 {
		s += "|" + g.seq(depth)
	}
	return s
}

func randomCases(seed int64, n, maxLen int) []pytesting.Case {
	r := rand.New(rand.NewSource(seed))
	var cases []pytesting.Case
	for len(cases) < n {
		g := &patGen{r: r}
		p := g.alt(0)
		var subj []byte
		for i, l := 0, r.Intn(maxLen); i < l; i++ {
			subj = append(subj, "ab1 \n"[r.Intn(5)])
		}
		flags := []string{"0", "re.M", "re.I", "re.S"}[r.Intn(4)]
		expr := fmt.Sprintf("(_s(%q, %q, %s), _all(%q, %q, %s), re.sub(%q, '<\\\\g<0>>', %q, flags=%s))",
			p, subj, flags, p, subj, flags, p, subj, flags)
		cases = append(cases, pytesting.Case{Name: fmt.Sprintf("random %d %s", len(cases), p), Expr: expr})
	}
	return cases
}

func TestRandomDifferential(t *testing.T) {
	runDifferential(t, "random", randomCases(16, 400, 9))
}

func TestRandomLongerDifferential(t *testing.T) {
	runDifferential(t, "random_longer", randomCases(36, 600, 16))
}
