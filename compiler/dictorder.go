package compiler

// CPython 3.6 evaluates a dict display's key before its value; gpython's
// compiler evaluates the value first, as CPython 3.4 did. The order shows
// when both run code: {f(): g()}. The dict pass (dictdisplays.go) moves
// each key's code before its value's, but for a display of more than
// 65535 items, which 3.6's BUILD_MAP cannot take: such a display whose
// order shows is rewritten as one with a **operand is (unpack.go),
// through __pep448__('dp', ((k, v), ...)), whose tuples are evaluated key
// first.

// maxDictPassItems is the most items of a display the dict pass rewrites.
const maxDictPassItems = 0xffff

// keyOrderMatters reports whether one item of the dictorsetmaker kids k
// (key ':' value, ...) has a call, a yield or an await both in its key and
// in its value.
func keyOrderMatters(k []*node) bool {
	for i := 0; i+2 < len(k); {
		if k[i].is("**") {
			i += 2
		} else {
			if k[i+1].is(":") && runsCode(k[i]) && runsCode(k[i+2]) {
				return true
			}
			i += 3
		}
		if i < len(k) && k[i].is(",") {
			i++
		}
	}
	return false
}

// runsCode reports whether evaluating n may call code: it holds a call,
// a yield or an await (lambdas, which run nothing when made, are skipped).
func runsCode(n *node) bool {
	switch n.sym {
	case symTok:
		return n.kind == tAwait || n.is("yield")
	case symLambdef:
		return false
	case symTrailer:
		if n.kids[0].is("(") {
			return true
		}
	}
	for _, c := range n.kids {
		if runsCode(c) {
			return true
		}
	}
	return false
}
