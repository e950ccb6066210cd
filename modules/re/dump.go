package re

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The re.DEBUG flag prints the parsed pattern, one opcode a line, indented
// two spaces a level, in the shape 3.6's sre_parse gives its tree. That
// parser rewrites a branch where this one leaves it to the compiler: items
// every alternative starts with move in front of the branch, and a branch
// of single literals becomes a set. The dump applies that rewrite so that
// the lines are 3.6's.

var atNames = map[atKind]string{
	atBeginning:       "AT_BEGINNING",
	atBeginningString: "AT_BEGINNING_STRING",
	atBoundary:        "AT_BOUNDARY",
	atNonBoundary:     "AT_NON_BOUNDARY",
	atEnd:             "AT_END",
	atEndString:       "AT_END_STRING",
	atBeginningLine:   "AT_BEGINNING_LINE",
	atEndLine:         "AT_END_LINE",
}

var catNames = map[catKind]string{
	catDigit:    "CATEGORY_DIGIT",
	catNotDigit: "CATEGORY_NOT_DIGIT",
	catSpace:    "CATEGORY_SPACE",
	catNotSpace: "CATEGORY_NOT_SPACE",
	catWord:     "CATEGORY_WORD",
	catNotWord:  "CATEGORY_NOT_WORD",
}

// dumpTree is the text re.DEBUG prints for nodes.
func dumpTree(nodes []*node) string {
	var b strings.Builder
	dumpSeq(&b, nodes, 0)
	return b.String()
}

// sameItem says whether two parsed items are equal as 3.6 compares its
// (opcode, argument) tuples: items holding a sub-pattern are never equal
// (sub-patterns compare by identity there).
func sameItem(a, b *node) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case nLiteral, nNotLiteral:
		return a.c == b.c
	case nAny:
		return true
	case nAt:
		return a.at == b.at
	case nGroupRef:
		return a.group == b.group
	case nIn:
		if a.negate != b.negate || len(a.items) != len(b.items) {
			return false
		}
		for i := range a.items {
			if a.items[i] != b.items[i] {
				return false
			}
		}
		return true
	}
	return false
}

// branchShape rewrites a branch's alternatives as 3.6's parser leaves
// them: the common leading items, then the branch (or a set of literals),
// as a sequence.
func branchShape(alts [][]*node) []*node {
	items := make([][]*node, len(alts))
	copy(items, alts)
	var out []*node
	for {
		common := len(items) > 0
		for _, it := range items {
			if len(it) == 0 || !sameItem(it[0], items[0][0]) {
				common = false
				break
			}
		}
		if !common {
			break
		}
		out = append(out, items[0][0])
		for i := range items {
			items[i] = items[i][1:]
		}
	}
	literals := true
	for _, it := range items {
		if len(it) != 1 || it[0].kind != nLiteral {
			literals = false
			break
		}
	}
	if literals {
		set := &node{kind: nIn}
		for _, it := range items {
			set.items = append(set.items, setItem{kind: itemLiteral, lo: it[0].c})
		}
		return append(out, set)
	}
	return append(out, &node{kind: nBranch, alts: items})
}

func dumpSeq(b *strings.Builder, nodes []*node, level int) {
	pad := strings.Repeat("  ", level)
	for _, n := range nodes {
		switch n.kind {
		case nLiteral:
			fmt.Fprintf(b, "%sLITERAL %d\n", pad, n.c)
		case nNotLiteral:
			fmt.Fprintf(b, "%sNOT_LITERAL %d\n", pad, n.c)
		case nAny:
			fmt.Fprintf(b, "%sANY None\n", pad)
		case nAt:
			fmt.Fprintf(b, "%sAT %s\n", pad, atNames[n.at])
		case nGroupRef:
			fmt.Fprintf(b, "%sGROUPREF %d\n", pad, n.group)
		case nIn:
			fmt.Fprintf(b, "%sIN\n", pad)
			if n.negate {
				fmt.Fprintf(b, "%s  NEGATE None\n", pad)
			}
			for _, it := range n.items {
				switch it.kind {
				case itemLiteral:
					fmt.Fprintf(b, "%s  LITERAL %d\n", pad, it.lo)
				case itemRange:
					fmt.Fprintf(b, "%s  RANGE (%d, %d)\n", pad, it.lo, it.hi)
				default:
					fmt.Fprintf(b, "%s  CATEGORY %s\n", pad, catNames[it.cat])
				}
			}
		case nBranch:
			shaped := branchShape(n.alts)
			last := shaped[len(shaped)-1]
			if last.kind != nBranch {
				dumpSeq(b, shaped, level)
				continue
			}
			dumpSeq(b, shaped[:len(shaped)-1], level)
			fmt.Fprintf(b, "%sBRANCH\n", pad)
			for i, alt := range last.alts {
				if i > 0 {
					fmt.Fprintf(b, "%sOR\n", pad)
				}
				dumpSeq(b, alt, level+1)
			}
		case nRepeat:
			op := "MAX_REPEAT"
			if !n.greedy {
				op = "MIN_REPEAT"
			}
			max := fmt.Sprint(n.max)
			if n.max == maxRepeat {
				max = "MAXREPEAT"
			}
			fmt.Fprintf(b, "%s%s %d %s\n", pad, op, n.min, max)
			dumpSeq(b, n.body, level+1)
		case nGroup:
			group := "None"
			if n.group != 0 {
				group = fmt.Sprint(n.group)
			}
			fmt.Fprintf(b, "%sSUBPATTERN %s %d %d\n", pad, group, n.add, n.del)
			dumpSeq(b, n.body, level+1)
		case nGroupRefExists:
			fmt.Fprintf(b, "%sGROUPREF_EXISTS %d\n", pad, n.group)
			dumpSeq(b, n.body, level+1)
			if len(n.no) > 0 {
				fmt.Fprintf(b, "%sELSE\n", pad)
				dumpSeq(b, n.no, level+1)
			}
		case nAssert:
			op := "ASSERT"
			if n.neg {
				op = "ASSERT_NOT"
			}
			fmt.Fprintf(b, "%s%s %d\n", pad, op, n.dir)
			dumpSeq(b, n.body, level+1)
		}
	}
}

// printDump writes the dump of nodes with sys.stdout.write of the running
// context, as 3.6's print() does.
func printDump(nodes []*node) error {
	ctx := vm.CurrentContext()
	if ctx == nil {
		return nil
	}
	sys, err := ctx.GetModule("sys")
	if err != nil {
		return err
	}
	out, ok := sys.Globals["stdout"]
	if !ok || out == py.None {
		return nil
	}
	write, err := py.GetAttrString(out, "write")
	if err != nil {
		return err
	}
	_, err = py.Call(write, py.Tuple{py.String(dumpTree(nodes))}, nil)
	return err
}
