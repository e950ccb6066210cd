package compiler

import (
	"sort"
	"strings"
)

// PEP 448 (additional unpacking generalizations) is rewritten here, after
// check has accepted the source and before gpython's compiler sees it.
// gpython's parser accepts at most one *args and one **kwargs per call,
// *args after the positional arguments and **kwargs last, and no starred
// element in a display. Every construct beyond that is replaced by calls of
// the builtin unpackHelper (unpack_rt.go), whose operands are the
// construct's own expressions, in CPython 3.6's evaluation order:
//
//	[*a, x, *b]             ->  __pep448__('l', a, (x,), b)
//	(*a, x)  and  *a, x     ->  __pep448__('t', a, (x,))
//	{*a, x}                 ->  __pep448__('s', a, {x})
//	{**d, 'k': v}           ->  __pep448__('dmm', d, {'k': v})
//	f(*a, x, *b, y=1, **d)  ->  __pep448__('k', __pep448__('c', f, a, (x,), b), {'y': 1}, d)
//
// Runs of plain elements become a tuple or set display, built where
// CPython 3.6 builds them (BUILD_TUPLE, BUILD_SET before the next starred
// operand is evaluated); in a dict display, a dict display (see dict). A
// call is split in two: the 'c' stage
// evaluates the callee and the positional operands and iterates the starred
// ones; the 'k' stage then evaluates the keyword operands, merges them and
// makes the call, as CPython's BUILD_TUPLE_UNPACK_WITH_CALL,
// BUILD_MAP_UNPACK_WITH_CALL and CALL_FUNCTION_EX do. Inside a rewritten
// construct, the blanks and comments between operands are replaced by their
// newlines only, so every line keeps its number outside the construct, and
// the construct keeps its newlines. Targets (assignment, for, with,
// comprehension) are never rewritten. The helper's calls then become
// 3.6's instructions (pep448ops.go) where the analysis can follow them.

// unpackHelper is the builtin the rewritten source calls.
const unpackHelper = "__pep448__"

// rewriteUnpack returns data (src with newlines translated, whose tree is
// root) with its PEP 448 constructs rewritten, and true; or "", false when
// it has none.
func rewriteUnpack(root *node, data string) (string, bool) {
	u := unpacker{data: data}
	reps := u.collect(root, false, nil)
	if len(reps) == 0 {
		return "", false
	}
	return splice(data, 0, reps), true
}

// repl replaces data[start:end] by text.
type repl struct {
	start, end int
	text       string
}

// splice returns data[base:] ... with reps (sorted, disjoint, absolute
// offsets) applied; the caller slices the result.
func splice(data string, base int, reps []repl) string {
	// An insertion (start == end) goes before a replacement starting there.
	sort.Slice(reps, func(i, j int) bool {
		return reps[i].start < reps[j].start || (reps[i].start == reps[j].start && reps[i].end < reps[j].end)
	})
	var b strings.Builder
	last := base
	for _, r := range reps {
		b.WriteString(data[last:r.start])
		if r.start > last && (isIdentChar(data[r.start-1]) || data[r.start-1] >= 0x80) {
			b.WriteByte(' ') // "in[*a]" -> "in __pep448__(...)"
		}
		b.WriteString(r.text)
		last = r.end
	}
	b.WriteString(data[last:])
	return b.String()
}

type unpacker struct {
	data string
}

// span is the byte range of n's tokens.
func span(n *node) (int, int) {
	return firstLeaf(n).pos, lastLeaf(n).end
}

func firstLeaf(n *node) *node {
	for n.sym != symTok {
		n = n.kids[0]
	}
	return n
}

func lastLeaf(n *node) *node {
	for n.sym != symTok {
		n = n.kids[len(n.kids)-1]
	}
	return n
}

// render is the text of n with its PEP 448 constructs rewritten; store
// says n is an assignment target.
func (u *unpacker) render(n *node, store bool) string {
	s, e := span(n)
	reps := u.collect(n, store, nil)
	if len(reps) == 0 {
		return u.data[s:e]
	}
	return splice(u.data[:e], s, reps)
}

// nl is the newlines of data[a:b].
func (u *unpacker) nl(a, b int) string {
	if a >= b {
		return ""
	}
	return strings.Repeat("\n", strings.Count(u.data[a:b], "\n"))
}

// collect appends the replacements of the outermost PEP 448 constructs
// in n to out.
func (u *unpacker) collect(n *node, store bool, out []repl) []repl {
	if n == nil || n.sym == symTok {
		return out
	}
	k := n.kids
	switch n.sym {
	case symAtom:
		if !store {
			if text, ok := u.display(n); ok {
				s, e := span(n)
				return append(out, repl{s, e, text})
			}
		}
		if store && len(k) == 3 && (k[0].is("(") || k[0].is("[")) {
			return u.collect(k[1], true, out)
		}
	case symAtomExpr:
		if text, s, e, ok := u.call(n); ok {
			return append(out, repl{s, e, text})
		}
	case symTestlistStarExpr, symExprlist, symTestlist, symTestlistComp:
		if !store && n.sym == symTestlistStarExpr && hasStar(everyOther(k)) {
			s, e := span(n)
			return append(out, repl{s, e, u.sequence("t", everyOther(k), s, k[len(k)-1].end)})
		}
		for _, c := range k {
			out = u.collect(c, store, out)
		}
		return out
	case symStarExpr:
		return u.collect(k[1], store, out)
	case symExprStmt:
		if len(k) >= 3 && k[1].is("=") {
			for i, c := range k {
				out = u.collect(c, i < len(k)-1, out)
			}
			return out
		}
		if len(k) >= 2 {
			// annotated or augmented assignment: one target, no tuple.
			out = u.collect(k[0], true, out)
			for _, c := range k[1:] {
				out = u.collect(c, false, out)
			}
			return out
		}
	case symForStmt:
		for i, c := range k {
			out = u.collect(c, i == 1, out)
		}
		return out
	case symCompFor:
		for i, c := range k {
			out = u.collect(c, i > 0 && k[i-1].is("for"), out)
		}
		return out
	case symWithItem:
		for i, c := range k {
			out = u.collect(c, i == 2, out)
		}
		return out
	}
	for _, c := range k {
		out = u.collect(c, false, out)
	}
	return out
}

func hasStar(elems []*node) bool {
	for _, e := range elems {
		if e.sym == symStarExpr {
			return true
		}
	}
	return false
}

// display returns the rewriting of a list, tuple, set or dict display
// with a starred element, or false.
func (u *unpacker) display(n *node) (string, bool) {
	k := n.kids
	if len(k) != 3 || k[0].sym != symTok {
		return "", false
	}
	inner := k[1]
	switch k[0].s {
	case "(", "[":
		var elems []*node
		switch {
		case inner.sym == symStarExpr && k[0].s == "[":
			elems = []*node{inner}
		case inner.sym == symTestlistComp && !hasCompFor(inner):
			elems = everyOther(inner.kids)
		default:
			return "", false
		}
		if !hasStar(elems) {
			return "", false
		}
		kind := "l"
		if k[0].s == "(" {
			kind = "t"
		}
		return u.sequence(kind, elems, k[0].end, k[2].pos), true
	case "{":
		if inner.sym != symDictorsetmaker {
			return "", false
		}
		ik := inner.kids
		for _, c := range ik {
			if c.sym == symCompFor {
				return "", false
			}
		}
		if dictOrSet(inner) == "set" {
			elems := everyOther(ik)
			if !hasStar(elems) {
				return "", false
			}
			return u.sequence("s", elems, k[0].end, k[2].pos), true
		}
		return u.dict(inner, k[0].end, k[2].pos)
	}
	return "", false
}

// item is one operand of a rewritten construct: pos is where its source
// starts, end where it ends, text its rendering.
type item struct {
	pos, end int
	text     string
	star     bool // a starred operand (not part of a group)
}

// operands joins items, grouping runs of non-starred items in open and
// close, each item preceded by the newlines since the previous one (from
// prev), and ends with the newlines up to stop.
func (u *unpacker) operands(b *strings.Builder, items []item, open, close string, prev, stop int) {
	var ops []string
	for i := 0; i < len(items); {
		var op strings.Builder
		if items[i].star {
			op.WriteString(u.nl(prev, items[i].pos))
			op.WriteString(items[i].text)
			prev = items[i].end
			i++
			ops = append(ops, op.String())
			continue
		}
		op.WriteString(open)
		for j, first := i, i; j < len(items) && !items[j].star; j++ {
			if j > first {
				op.WriteString(", ")
			}
			op.WriteString(u.nl(prev, items[j].pos))
			op.WriteString(items[j].text)
			prev = items[j].end
			i = j + 1
		}
		op.WriteString(close)
		ops = append(ops, op.String())
	}
	writeOperands(b, ops)
	b.WriteString(u.nl(prev, stop))
}

// starItem is the operand of *x or **x (op, then x).
func (u *unpacker) starItem(op, x *node) item {
	_, e := span(x)
	xs, _ := span(x)
	return item{pos: op.pos, end: e, text: u.nl(op.end, xs) + u.render(x, false), star: true}
}

func (u *unpacker) plainItem(x *node) item {
	s, e := span(x)
	return item{pos: s, end: e, text: u.render(x, false)}
}

// sequence rewrites the elements of a list ("l"), tuple ("t") or set
// ("s") display whose elements are within from and stop.
func (u *unpacker) sequence(kind string, elems []*node, from, stop int) string {
	items := make([]item, len(elems))
	for i, e := range elems {
		if e.sym == symStarExpr {
			items[i] = u.starItem(e.kids[0], e.kids[1])
		} else {
			items[i] = u.plainItem(e)
		}
	}
	var b strings.Builder
	b.WriteString(unpackHelper + "('" + kind + "'")
	open, close := "(", ",)"
	if kind == "s" {
		open, close = "{", "}"
	}
	u.operands(&b, items, open, close, from, stop)
	b.WriteString(")")
	return b.String()
}

// dict rewrites a dict display (its dictorsetmaker) with a **operand.
// Each run of key: value items becomes a dict display of its own, which
// the dict pass (dictdisplays.go) compiles as 3.6 does, key first, and
// the helper's call becomes 3.6's BUILD_MAP_UNPACK (pep448ops.go). A
// display without ** has its items as tuples of (key, value) pairs
// instead (mask letter p): it is rewritten only when it is too big for
// the dict pass, as is one with a run that big.
func (u *unpacker) dict(n *node, from, stop int) (string, bool) {
	k := n.kids
	var items, pairs []item
	found := false
	run, longest := 0, 0
	for i := 0; i < len(k); {
		if k[i].is("**") {
			it := u.starItem(k[i], k[i+1])
			items, pairs = append(items, it), append(pairs, it)
			found = true
			run = 0
			i += 2
		} else {
			key, colon, val := k[i], k[i+1], k[i+2]
			ks, _ := span(key)
			vs, ve := span(val)
			kt, vt := u.render(key, false)+u.nl(ks, colon.pos), u.nl(colon.end, vs)+" "+u.render(val, false)
			items = append(items, item{pos: ks, end: ve, text: kt + ":" + vt})
			pairs = append(pairs, item{pos: ks, end: ve, text: "(" + kt + "," + vt + ")"})
			run++
			longest = max(longest, run)
			i += 3
		}
		if i < len(k) && k[i].is(",") {
			i++
		}
	}
	if !found && (len(items) <= maxDictPassItems || !keyOrderMatters(k)) {
		// gpython compiles it, the value before the key; the dict pass
		// (dictdisplays.go) puts the key first, as 3.6 evaluates it.
		return "", false
	}
	open, close, run36 := "{", "}", "m"
	if !found || longest > maxDictPassItems {
		items, open, close, run36 = pairs, "(", ",)", "p"
	}
	mask := ""
	for i := range items {
		if items[i].star {
			mask += "m"
		} else if i == 0 || items[i-1].star {
			mask += run36
		}
	}
	var b strings.Builder
	b.WriteString(unpackHelper + "('d" + mask + "'")
	u.operands(&b, items, open, close, from, stop)
	b.WriteString(")")
	return b.String(), true
}

// needsRewrite reports whether the arguments of a call (its arglist) are
// beyond what gpython's parser accepts; that includes a comma after
// *args or **kwargs, which gpython's grammar lacks.
func needsRewrite(arglist *node) bool {
	args := everyOther(arglist.kids)
	stars, dstars := 0, 0
	if lastLeaf(arglist).is(",") {
		for _, a := range args {
			if a.kids[0].is("*") || a.kids[0].is("**") {
				return true
			}
		}
	}
	for _, a := range args {
		switch {
		case a.kids[0].is("*"):
			stars++
		case a.kids[0].is("**"):
			dstars++
		case len(a.kids) == 3: // name=value
			if dstars > 0 {
				return true
			}
		default: // positional
			if stars > 0 {
				return true
			}
		}
	}
	return stars > 1 || dstars > 1
}

// call returns the rewriting of an atom_expr with a call that needs it,
// and the span it replaces (the atom_expr after await), or false.
func (u *unpacker) call(n *node) (string, int, int, bool) {
	k := n.kids
	first := 0
	if k[0].sym == symTok && k[0].kind == tAwait {
		first = 1
	}
	need := false
	for _, t := range k[first+1:] {
		if len(t.kids) == 3 && t.kids[0].is("(") && needsRewrite(t.kids[1]) {
			need = true
		}
	}
	if !need {
		return "", 0, 0, false
	}
	start, prev := span(k[first])
	prefix := u.render(k[first], false)
	for _, t := range k[first+1:] {
		ts, te := span(t)
		if !(len(t.kids) == 3 && t.kids[0].is("(") && needsRewrite(t.kids[1])) {
			prefix += u.data[prev:ts] + u.render(t, false)
			prev = te
			continue
		}
		lp, rp := t.kids[0], t.kids[2]
		var pos, kw []item
		for _, a := range everyOther(t.kids[1].kids) {
			ak := a.kids
			switch {
			case ak[0].is("*"):
				pos = append(pos, u.starItem(ak[0], ak[1]))
			case ak[0].is("**"):
				kw = append(kw, u.starItem(ak[0], ak[1]))
			case len(ak) == 3:
				vs, ve := span(ak[2])
				kw = append(kw, item{pos: ak[0].pos, end: ve,
					text: "'" + ak[0].s + "':" + u.nl(ak[0].end, vs) + " " + u.render(ak[2], false)})
			default:
				pos = append(pos, u.plainItem(a))
			}
		}
		var b strings.Builder
		b.WriteString(unpackHelper + "('k', " + unpackHelper + "('c', ")
		b.WriteString(prefix)
		b.WriteString(u.nl(prev, lp.pos))
		// Newlines are attached to the operands in source order; the
		// keyword operands, which CPython evaluates last, come last.
		all := append(append([]item(nil), pos...), kw...)
		sort.SliceStable(all, func(i, j int) bool { return all[i].pos < all[j].pos })
		nls := map[int]string{}
		p := lp.end
		for _, it := range all {
			nls[it.pos] = u.nl(p, it.pos)
			p = it.end
		}
		for i := range pos {
			pos[i].text = nls[pos[i].pos] + pos[i].text
		}
		for i := range kw {
			kw[i].text = nls[kw[i].pos] + kw[i].text
		}
		u.operandsNoNL(&b, pos, "(", ",)")
		b.WriteString(")")
		u.operandsNoNL(&b, kw, "{", "}")
		b.WriteString(u.nl(p, rp.pos))
		b.WriteString(")")
		prefix = b.String()
		prev = te
	}
	_, end := span(n)
	return prefix, start, end, true
}

// operandsNoNL is operands for items whose text already carries their
// newlines.
func (u *unpacker) operandsNoNL(b *strings.Builder, items []item, open, close string) {
	var ops []string
	for i := 0; i < len(items); {
		if items[i].star {
			ops = append(ops, items[i].text)
			i++
			continue
		}
		var op strings.Builder
		op.WriteString(open)
		for j, first := i, i; j < len(items) && !items[j].star; j++ {
			if j > first {
				op.WriteString(", ")
			}
			op.WriteString(items[j].text)
			i = j + 1
		}
		op.WriteString(close)
		ops = append(ops, op.String())
	}
	writeOperands(b, ops)
}

// maxHelperOperands bounds the operands passed to the helper one by one:
// gpython's compiler encodes a call's positional argument count in one
// byte (CPython 3.4's CALL_FUNCTION), so a display or call with more
// operands passes them as one starred tuple instead.
const maxHelperOperands = 250

// writeOperands writes ", op" for each operand, or ", *(op, ...,)" when
// there are more than maxHelperOperands.
func writeOperands(b *strings.Builder, ops []string) {
	if len(ops) <= maxHelperOperands {
		for _, op := range ops {
			b.WriteString(", ")
			b.WriteString(op)
		}
		return
	}
	b.WriteString(", *(")
	for _, op := range ops {
		b.WriteString(op)
		b.WriteString(", ")
	}
	b.WriteString(")")
}

// unpacked is src, which check accepted, with its PEP 448 constructs
// rewritten (rewriteUnpack) and its dotted decorators wrapped
// (decorators.go); src itself, byte for byte, when it has neither.
func (ck *checked) unpacked(src string) string {
	// A '*' or '**' other than an operator: an unpacking or a parameter.
	hasStar := ck.facts.stars > ck.facts.opStars
	hasAt := strings.Contains(src, "@")
	if ck.root == nil || (!hasStar && !hasAt) {
		return src
	}
	data := translateNewlines(src)
	var reps []repl
	if hasStar {
		u := unpacker{data: data}
		reps = u.collect(ck.root, false, nil)
		// Keyword-only parameters reordered for gpython's compiler (kwonly.go).
		reps = applyKwOnly(data, reps, kwOnlyRepls(ck.root, data))
	}
	if hasAt {
		reps = append(reps, dottedDecoratorRepls(ck.root)...) // decorators.go
	}
	if len(reps) == 0 {
		return src
	}
	return splice(data, 0, reps)
}
