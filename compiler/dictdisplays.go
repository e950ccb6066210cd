package compiler

import (
	"maps"
	"slices"
	"strings"

	"github.com/go-python/gpython/py"
)

// CPython 3.6 compiles a dict display of two to 65535 items whose keys
// are all literal constants (numbers, str, bytes, True, False, None,
// ...) as its values, then the tuple of its keys, one constant, then
// BUILD_CONST_KEY_MAP n: the keys do not enter co_consts by themselves.
// Any other display is its keys and values, key first, then BUILD_MAP n,
// which takes the n pairs. gpython compiles every display as CPython 3.4
// did: BUILD_MAP n (an empty dict), then for each item its value, its key
// and STORE_MAP. dictDisplays rewrites them into 3.6's forms: for
// BUILD_CONST_KEY_MAP the BUILD_MAP, the keys' loads and the STORE_MAPs
// go, but for the last pair, which becomes the load of the keys' tuple
// and BUILD_CONST_KEY_MAP; for BUILD_MAP each key's code moves before its
// value's, and the last STORE_MAP becomes 3.6's BUILD_MAP, under an
// opcode of its own (fBUILD_MAP36), as 3.4's means something else in the
// loop. So the key is evaluated first, as in 3.6. A display the analysis
// cannot follow, or of more than 65535 items, stays as gpython made it.

// fBUILD_MAP36 is 3.6's BUILD_MAP n: pops n key, value pairs (the first
// pair deepest) and pushes the dict of them. dis shows it as BUILD_MAP.
const fBUILD_MAP36 = 159

// dictDisplay is one display in gpython's code: the indexes of its
// BUILD_MAP and of each item's STORE_MAP and the starts of its value and
// key code (the value's runs up to its key, the key's up to its
// STORE_MAP); keys: the keys' tuple when they are all literals.
type dictDisplay struct {
	build                int
	stores, values, keys []int
	constKeys            py.Tuple
}

// dictDisplays rewrites co's dict displays (not those of the code objects
// among its constants).
func dictDisplays(co *py.Code) {
	if !hasOp(co.Code, func(op byte, _ int) bool { return op == fSTORE_MAP }) {
		return
	}
	ins, ok := decodeCode(co.Code)
	if !ok {
		return
	}
	at := indexByOffset(ins)
	starts, pushers, ok := operandSlots(ins, at, func(op byte) bool { return op == fSTORE_MAP }) // makefunc.go
	if !ok {
		return
	}
	// stores[b]: the STORE_MAPs into the dict BUILD_MAP ins[b] made (its
	// pusher: its start may be that of a test before it).
	stores := map[int][]int{}
	for s, stack := range pushers {
		if len(stack) < 3 {
			return
		}
		b := stack[len(stack)-3]
		stores[b] = append(stores[b], s)
	}
	oldDepth, ok := maxStackDepth(ins, at)
	if !ok {
		return
	}
	lines := instrLines(co, ins) // decorator_order.go
	consts := co.Consts
	loaded := make([]bool, len(consts)) // by ins before the rewrite
	for _, in := range ins {
		if in.op == fLOAD_CONST && in.arg < len(loaded) {
			loaded[in.arg] = true
		}
	}
	drop := map[int]bool{}
	displays := map[int]*dictDisplay{}
	for _, b := range slices.Sorted(maps.Keys(stores)) {
		d, ok := displayAt(co, ins, starts, b, stores[b])
		if !ok {
			continue
		}
		displays[b] = d
		drop[b] = true
		n := len(d.stores)
		last := d.stores[n-1]
		if d.constKeys == nil {
			for _, s := range d.stores[:n-1] {
				drop[s] = true
			}
			for k := range d.stores {
				// The jumps that end a value's code go where its
				// STORE_MAP was, those that end a key's to its value.
				retarget(ins[d.values[k]:d.keys[k]], ins[d.keys[k]].off, ins[d.stores[k]].off)
				retarget(ins[d.keys[k]:d.stores[k]], ins[d.stores[k]].off, ins[d.values[k]].off)
			}
			ins[last].op, ins[last].arg = fBUILD_MAP36, n
			continue
		}
		for _, s := range d.stores[:n-1] {
			drop[s-1], drop[s] = true, true
		}
		ki := slices.IndexFunc(consts, func(c py.Object) bool { return sameKeys(c, d.constKeys) })
		if ki < 0 {
			consts = append(consts, d.constKeys)
			ki = len(consts) - 1
		}
		ins[last-1].arg, ins[last-1].ext = ki, ki > 0xffff
		ins[last].op, ins[last].arg = fBUILD_CONST_KEY_MAP, n
	}
	if len(displays) == 0 {
		return
	}
	order := displayOrder(ins, displays)
	// kept: the instructions left, in their new order; newAt: the index
	// there of each old offset (a dropped instruction's: the next kept).
	var kept []bcInstr
	var keptAt []int
	newAt := make(map[int]int, len(ins))
	var pending []int
	for _, i := range order {
		pending = append(pending, ins[i].off)
		if drop[i] {
			continue
		}
		for _, off := range pending {
			newAt[off] = len(kept)
		}
		pending = pending[:0]
		kept = append(kept, ins[i])
		keptAt = append(keptAt, i)
	}
	for _, off := range pending {
		newAt[off] = len(kept)
	}
	gone := make([]bool, len(consts)) // loaded before, maybe not now
	copy(gone, loaded)
	for _, in := range kept {
		if in.op == fLOAD_CONST && in.arg < len(gone) {
			gone[in.arg] = false
		}
	}
	consts = constsInFirstUse(kept, consts, gone, hasDocSlot(co))
	for j, i := range keptAt {
		ins[i].arg = kept[j].arg
		ins[i].ext = ins[i].ext || ins[i].op == fLOAD_CONST && ins[i].arg > 0xffff
	}
	newDepth, ok := maxStackDepth(kept, newAt)
	if !ok {
		return
	}
	relayoutWithInserts(co, ins, order, lines, nil, drop)
	co.Consts = consts
	moveStacksize(co, oldDepth, newDepth) // dropinstr.go
}

// displayAt is the display whose BUILD_MAP is ins[b], into which the
// STORE_MAPs st store (starts: their operands' starts); false when its
// code is not laid out as gpython lays out a display.
func displayAt(co *py.Code, ins []bcInstr, starts map[int][]int, b int, st []int) (*dictDisplay, bool) {
	slices.Sort(st)
	n := len(st)
	if ins[b].op != fBUILD_MAP || ins[b].arg != n || n < 1 || n > maxDictPassItems {
		return nil, false
	}
	d := &dictDisplay{build: b, stores: st, values: make([]int, n), keys: make([]int, n)}
	keys := make(py.Tuple, n)
	for k, s := range st {
		ops := starts[s]
		d.values[k], d.keys[k] = ops[len(ops)-2], ops[len(ops)-1]
		first := b + 1
		if k > 0 {
			first = st[k-1] + 1
		}
		if d.values[k] != first || d.keys[k] <= d.values[k] || d.keys[k] >= s {
			return nil, false
		}
		if keys != nil {
			key := ins[d.keys[k]]
			if d.keys[k] != s-1 || key.op != fLOAD_CONST || key.arg >= len(co.Consts) || !literalKey(co.Consts[key.arg]) {
				keys = nil
				continue
			}
			keys[k] = co.Consts[key.arg]
		}
	}
	if n >= 2 {
		d.constKeys = keys
	}
	return d, true
}

// retarget points the jumps among ins that go to from at to instead.
func retarget(ins []bcInstr, from, to int) {
	for i := range ins {
		if jumpKind(ins[i].op) != 0 && ins[i].tgt == from {
			ins[i].tgt = to
		}
	}
}

// displayOrder is the order the instructions of ins go in once the
// displays (by their BUILD_MAP's index) that become 3.6's BUILD_MAP have
// each key's code before its value's.
func displayOrder(ins []bcInstr, displays map[int]*dictDisplay) []int {
	order := make([]int, 0, len(ins))
	var emit func(from, to int)
	emit = func(from, to int) {
		for i := from; i < to; {
			d := displays[i]
			if d == nil || d.constKeys != nil {
				order = append(order, i)
				i++
				continue
			}
			order = append(order, i)
			for k, s := range d.stores {
				emit(d.keys[k], s)
				emit(d.values[k], d.keys[k])
				order = append(order, s)
			}
			i = d.stores[len(d.stores)-1] + 1
		}
	}
	emit(0, len(ins))
	return order
}

// sameKeys reports whether c is a tuple 3.6's compiler keeps as one
// constant with keys: equal items of the same types.
func sameKeys(c py.Object, keys py.Tuple) bool {
	t, ok := c.(py.Tuple)
	if !ok || len(t) != len(keys) {
		return false
	}
	for i := range t {
		a, aok := constKey(t[i])
		b, bok := constKey(keys[i])
		if !aok || !bok || a != b {
			return false
		}
	}
	return true
}

// hasStoreMap is a quick test: whether ins has a STORE_MAP.
func hasStoreMap(ins []bcInstr) bool {
	for _, in := range ins {
		if in.op == fSTORE_MAP {
			return true
		}
	}
	return false
}

// literalKey reports whether c is the value of a literal 3.6 counts as a
// constant key: a number, str, bytes, True, False, None or Ellipsis.
func literalKey(c py.Object) bool {
	switch c.(type) {
	case py.Int, *py.BigInt, py.Float, py.Complex, py.String, py.Bytes, py.Bool, py.NoneType, py.EllipsisType:
		return true
	}
	return false
}

// constsInFirstUse renumbers the constants ins loads as 3.6's compiler
// numbers them, in the order of their first load, and returns the new
// constants. gpython's compiler numbers them so too, as it emits them, so
// only what a rewrite moved moves (TestConstsFirstUse). With docSlot (the
// code of a def or lambda) the first stays first: the docstring or None,
// loaded or not. One no instruction loads stays after the one before it;
// one gone says (nil: none), whose loads a rewrite dropped, goes.
func constsInFirstUse(ins []bcInstr, consts py.Tuple, gone []bool, docSlot bool) py.Tuple {
	first := make([]int, len(consts)) // position of the first load, -1: none
	for i := range first {
		first[i] = -1
	}
	for i, in := range ins {
		if in.op == fLOAD_CONST && in.arg < len(consts) && first[in.arg] < 0 {
			first[in.arg] = i
		}
	}
	// Each constant's place: its first load, or just after the constant
	// before it.
	type place struct {
		at, index int
	}
	places := make([]place, 0, len(consts))
	prev := -1
	for i := range consts {
		if gone != nil && gone[i] {
			continue
		}
		at := first[i]
		if at < 0 || i == 0 && docSlot {
			at = prev
		}
		places = append(places, place{at, i})
		prev = at
	}
	slices.SortStableFunc(places, func(a, b place) int { return a.at - b.at })
	newIndex := make([]int, len(consts))
	out := make(py.Tuple, len(places))
	for k, p := range places {
		newIndex[p.index] = k
		out[k] = consts[p.index]
	}
	for i := range ins {
		if ins[i].op == fLOAD_CONST && ins[i].arg < len(consts) {
			ins[i].arg = newIndex[ins[i].arg]
		}
	}
	return out
}

// hasDocSlot reports whether co is the code of a def or a lambda, whose
// first constant 3.6 reserves for the docstring (None without one).
func hasDocSlot(co *py.Code) bool {
	return co.Flags&py.CO_NEWLOCALS != 0 && (co.Name == "<lambda>" || !strings.HasPrefix(co.Name, "<"))
}

// maxStackDepth is the deepest stack ins reaches from its entry, as
// stackEffect counts it; false when it cannot tell.
func maxStackDepth(ins []bcInstr, at map[int]int) (int, bool) {
	_, max, ok := stackDepths(ins, at)
	return max, ok
}

// stackDepths is the depth of the stack before each of ins (-1: not
// reached from the entry) and the deepest it gets, as stackEffect counts
// them; false when it cannot tell.
func stackDepths(ins []bcInstr, at map[int]int) ([]int, int, bool) {
	depth := make([]int, len(ins))
	for i := range depth {
		depth[i] = -1
	}
	if len(ins) == 0 {
		return depth, 0, true
	}
	max := 0
	depth[0] = 0
	work := []int{0}
	reach := func(i, d int) {
		if i < len(ins) && depth[i] < 0 {
			depth[i] = d
			work = append(work, i)
		}
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		in := ins[i]
		d := depth[i]
		pops, pushes, jumpDelta, known := stackEffect(in)
		if !known || pops > d {
			return nil, 0, false
		}
		after := d - pops + pushes
		if kind := jumpKind(in.op); kind != 0 {
			jd := d + jumpDelta
			switch in.op {
			case fPOP_JUMP_IF_FALSE, fPOP_JUMP_IF_TRUE, fFOR_ITER:
				jd = d - 1
			case fJUMP_IF_FALSE_POP, fJUMP_IF_TRUE_POP:
				jd = d
			}
			if jd > max {
				max = jd
			}
			if j, found := at[in.tgt]; found {
				reach(j, jd)
			}
		}
		if after > max {
			max = after
		}
		switch in.op {
		case fRETURN_VALUE, fJUMP_ABSOLUTE, fJUMP_FORWARD, fCONTINUE_LOOP, 130, 80: // and RAISE_VARARGS, BREAK_LOOP
			continue
		}
		reach(i+1, after)
	}
	return depth, max, true
}
