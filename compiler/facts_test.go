package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
)

// walkFacts is treeFacts found by a walk over the whole tree, as the
// passes that use them walked it before.
func walkFacts(root *node) treeFacts {
	var f treeFacts
	suites := 0
	var walk func(n *node, isRoot bool)
	walk = func(n *node, isRoot bool) {
		if n.sym == symTok {
			if n.kind == tOp && (n.s == "*" || n.s == "**") {
				f.stars++
			}
			if n.kind == tString && strings.Contains(n.s, "\\") {
				f.escapes = append(f.escapes, n)
			}
			if n.kind == tName && n.s == "__future__" {
				f.futureLine = max(f.futureLine, n.line)
			}
			return
		}
		if !isRoot {
			f.maxKids = max(f.maxKids, len(n.kids))
		}
		if n.sym == symBinop || n.sym == symPower {
			for _, k := range n.kids[1:] {
				if k.sym == symTok && (k.s == "*" || k.s == "**") {
					f.opStars++
				}
			}
		}
		if n.sym == symWithStmt {
			f.maxWith = max(f.maxWith, (len(n.kids)-1)/2)
		}
		if n.sym == symSuite {
			suites++
			f.maxSuites = max(f.maxSuites, suites)
			defer func() { suites-- }()
		}
		for _, k := range n.kids {
			walk(k, false)
		}
	}
	walk(root, true)
	return f
}

// looseBreak reports whether a break of the tree lies outside every loop
// body of its own function, class or lambda, by the grammar alone.
func looseBreak(root *node) bool {
	loose := false
	var walk func(n *node, inLoop bool)
	walk = func(n *node, inLoop bool) {
		switch n.sym {
		case symTok:
			loose = loose || n.s == "break" && n.kind == tName && !inLoop
			return
		case symFuncdef, symClassdef, symLambdef:
			inLoop = false
		case symForStmt, symWhileStmt:
			body := true // the first suite is the loop's body
			for _, k := range n.kids {
				if k.sym == symSuite {
					walk(k, inLoop || body)
					body = false
				} else {
					walk(k, inLoop)
				}
			}
			return
		}
		for _, k := range n.kids {
			walk(k, inLoop)
		}
	}
	walk(root, false)
	return loose
}

// TestTreeFactsAgreeWithWalks checks the parser's facts against a walk of
// the tree it built, for the lang cases and, when present, CPython 3.6's
// Lib.
func TestTreeFactsAgreeWithWalks(t *testing.T) {
	n, deep := 0, 0
	check := func(path, src string) {
		root, facts, err := parseFacts(translateNewlines(src), path, py.ExecMode, false)
		if err != nil || root == nil {
			return
		}
		n++
		want := walkFacts(root)
		require.Equal(t, want.maxKids, facts.maxKids, path)
		require.Equal(t, want.futureLine, facts.futureLine, path)
		require.Equal(t, want.maxSuites, facts.maxSuites, path)
		require.Equal(t, want.maxWith, facts.maxWith, path)
		require.Equal(t, looseBreak(root), facts.looseBreak, path)
		if !facts.looseBreak {
			require.Nil(t, strayBreak(root), path)
		}
		require.Equal(t, hasRaise(root), facts.chainRaise, path)
		require.Equal(t, hasPrivateName(root), facts.private, path)
		require.Equal(t, want.stars, facts.stars, path)
		require.Equal(t, want.opStars, facts.opStars, path)
		if tooDeep(root) {
			deep++
			require.Greater(t, facts.maxSuites*max(2, facts.maxWith), maxBlocks, path)
		}
		require.Equal(t, len(want.escapes), len(facts.escapes), path)
		for i := range want.escapes {
			require.Same(t, want.escapes[i], facts.escapes[i], path)
		}
	}
	forEachLangCase(t, check)
	lib, _ := filepath.Glob("/root/.pyenv/versions/3.6.15/lib/python3.6/*.py")
	for _, p := range lib {
		if data, err := os.ReadFile(p); err == nil {
			check(p, string(data))
		}
	}
	for _, src := range []string{
		"from __future__ import division\nx = 1\n",
		"x = 1\nfrom __future__ import division\n",
		"x = 'a\\d' b'\\q' r'\\w'\ny = [1, 2, 3]\n",
		"while 1:\n    break\n",
		"for x in y:\n    pass\nelse:\n    break\n",
		"while x:\n    def f():\n        break\n",
		"for x in y:\n    class C:\n        break\n    if x:\n        break\n",
		"if 0:\n    break\n",
		"while 0:\n    break\nelse:\n    pass\n",
		"async def f():\n    async for x in y:\n        break\n",
		"while x:\n    f = lambda: 1\n    break\n",
		"x = (a +\n     b +\n     c)\n",
		"class A:\n    __x = 1\n    __y__ = 2\n",
		"x = a * b ** c * d\nf(*a, **k)\ny = [*a, 2 * 3]\ndef g(a, *, b): pass\n",
		"with a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u:\n    pass\n",
		"with a, b:\n    with c:\n        pass\n",
		deepLoops(21), deepLoops(11),
	} {
		check("<src>", src)
	}
	require.Greater(t, deep, 0)
	require.Greater(t, n, 100)
}

// deepLoops is n nested while loops.
func deepLoops(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "while x:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

// hasRaise reports whether the tree under n holds a chain to raise.
func hasRaise(n *node) bool {
	if chainRaise(n) > 0 {
		return true
	}
	for _, k := range n.kids {
		if hasRaise(k) {
			return true
		}
	}
	return false
}
