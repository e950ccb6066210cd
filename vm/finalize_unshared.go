package vm

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"
)

// __del__ at the rebinding of a local that alone held the instance.
//
// `x = C()` in a loop, C with __del__: CPython calls the old instance's
// __del__ at each rebinding, when its reference count drops to zero. The
// general path here (droppedGenerator) cannot know that nothing else
// holds it and runs a Go collection, rationed, for the drop. This file
// proves, for the common shape, that the local was the only reference,
// so that __del__ runs at once with no collection.
//
// The proof has two halves, made when the instance is made and checked
// when the local lets it go:
//
//   - Made (noteFresh): the instance comes from `C(args)` whose result
//     goes straight into a local: the instruction that made it is a
//     CALL_FUNCTION whose callee on the stack is the class itself, and
//     the next one is STORE_FAST to slot i of the same frame. Calling C
//     must do nothing but make the instance and run __init__ (type's or
//     a plain metaclass's call, object's __new__, no built-in value base),
//     and __init__ must not let self go anywhere: object's __init__, or a
//     Python function whose only uses of self are as the owner of an
//     attribute read or store (`self.a = v`, `self.a.b`), with no cell for
//     self, no super() (no __class__ cell), no except or with block (a
//     caught traceback would hold its frame). The code of the frame that
//     stores the instance must use slot i the same way (loads only as an
//     attribute's owner). The attributes so read or stored must not reach
//     Python code: the classes define no __getattribute__, __getattr__,
//     __setattr__ or __delattr__, and the names are absent from the
//     classes or plain data there (no descriptor, no method to bind).
//
//   - Dropped (dropFresh): the value a STORE_FAST or DELETE_FAST of slot i
//     of that frame let go is that instance; no frame's locals were read
//     as a dict since it was made (f_locals, locals(), vars(), dir(),
//     eval and exec with the default locals: localsSeen), no class
//     changed (classEpoch), and it has no weak reference. Then nothing
//     else can hold it: its __del__ runs now, once (its Go finalizer is
//     removed and it leaves the registered list).
//
// Anything else keeps the general path, as before. One record is kept
// per frame and slot, the latest, in a small table of the context; a
// record names its frame and code by address and its instance weakly,
// so that it keeps nothing alive. The records are kept in the order made,
// the oldest overwritten: a rebinding's new instance is recorded before
// the old one is let go, so a slot has more than one.

// localsSeen counts the times a frame's locals were handed out as a
// dict; noteLocalsSeen is called where that happens.
var localsSeen atomic.Uint64

// noteLocalsSeen records that some frame's locals were read as a dict:
// an instance made before may be held by that dict.
func noteLocalsSeen() { localsSeen.Add(1) }

// freshEntry is one instance put straight into a local by its creation.
type freshEntry struct {
	frame, code uintptr
	slot        int32
	inst        weak.Pointer[py.Type]
	seen, epoch uint64
}

// popSlot is the slot of a record for an instance whose creation's
// result the next instruction, a POP_TOP, discards (`C(args)` as an
// expression statement): nothing but the value stack held it, and the
// POP_TOP lets it go (dropFreshPop).
const popSlot = -2

// freshSize bounds the records: the instances a loop makes into a few
// locals, each recorded before its local lets the previous one go.
const freshSize = 16

// freshVerdict caches whether instances of cls made into slot of code are
// provably unshared (freshAllowed), for one class epoch.
type freshVerdict struct {
	cls, code uintptr
	slot      int32
	epoch     uint64
	ok        bool
}

// freshTable is a context's records and verdicts.
type freshTable struct {
	mu       sync.Mutex
	entries  [freshSize]freshEntry
	next     int
	verdicts [16]freshVerdict
}

// storeSlot returns the local slot the instruction in stores to or
// deletes, or -1.
func storeSlot(in instr) int {
	switch in.op {
	case opSTORE_FAST, opDELETE_FAST:
		return int(in.arg)
	case opSTORE_LOAD_FAST:
		return int(in.arg & 0xffff)
	}
	return -1
}

// noteFresh records inst, just made and registered for its __del__ in
// context c (key is the registered list's weak pointer to it), when its
// creation's result goes straight into a local (see above).
func (fin *genFinalizer) noteFresh(c *Context, inst *py.Type, key weak.Pointer[py.Type]) {
	t, ok := c.gil.State().(*thread)
	if !ok || t == nil {
		return
	}
	f := t.top
	if f == nil || f.pc <= 0 || f.pc >= len(f.ins) || f.ins[f.pc-1].op != opCALL_FUNCTION {
		return
	}
	arg := int(f.ins[f.pc-1].arg)
	base := f.sp - 2*((arg>>8)&0xff) - arg&0xff - 1
	cls := inst.ObjectType
	if base < 0 || base >= f.sp || f.stack[base] != py.Object(cls) {
		return
	}
	slot := storeSlot(f.ins[f.pc])
	if f.ins[f.pc].op == opPOP_TOP {
		slot = popSlot
	} else if slot < 0 || slot >= f.c.nlocals || f.ins[f.pc].op == opDELETE_FAST {
		return
	}
	tab := &fin.fresh
	epoch := classEpoch.Load()
	tab.mu.Lock()
	defer tab.mu.Unlock()
	if !tab.allowed(cls, f.c, slot, epoch) {
		return
	}
	e := freshEntry{
		frame: uintptr(unsafe.Pointer(f)), code: uintptr(unsafe.Pointer(f.c)), slot: int32(slot),
		inst: key, seen: localsSeen.Load(), epoch: epoch,
	}
	tab.entries[tab.next] = e
	tab.next = (tab.next + 1) % freshSize
}

// allowed is freshAllowed through the verdict cache.
func (tab *freshTable) allowed(cls *py.Type, c *code, slot int, epoch uint64) bool {
	key := freshVerdict{cls: uintptr(unsafe.Pointer(cls)), code: uintptr(unsafe.Pointer(c)), slot: int32(slot), epoch: epoch}
	h := (uint64(key.cls)*0x9e3779b97f4a7c15 ^ uint64(key.code) ^ uint64(slot)) >> 60
	v := &tab.verdicts[h%uint64(len(tab.verdicts))]
	if v.cls == key.cls && v.code == key.code && v.slot == key.slot && v.epoch == epoch {
		return v.ok
	}
	key.ok = freshAllowed(cls, c.py, slot)
	*v = key
	return key.ok
}

// freshAllowed reports whether an instance of cls made by cls(...) and
// stored into slot of co can be held by nothing but that slot: the
// conditions of this file's comment about the class, its __init__ and
// co.
func freshAllowed(cls *py.Type, co *py.Code, slot int) bool {
	if !plainMaker(cls) || hasClassCell(co) && slot == 0 {
		return false
	}
	names, ok := ownerUses(co, slot)
	if !ok {
		return false
	}
	switch init := userMethod(cls, "__init__").(type) {
	case nil:
	case *py.Function:
		ic := init.Code
		if ic.Argcount == 0 || len(init.Closure) != 0 || hasClassCell(ic) || hasCleanupBlock(ic) {
			return false
		}
		for _, cell := range ic.Cellvars {
			if cell == ic.Varnames[0] {
				return false
			}
		}
		more, ok := ownerUses(ic, 0)
		if !ok {
			return false
		}
		names = append(names, more...)
	default:
		return false
	}
	return plainAttributes(cls, names)
}

// plainMaker reports whether cls(...) only makes an instance with
// object's __new__ and runs __init__ on it, and its classes are all
// Python classes but object.
func plainMaker(cls *py.Type) bool {
	if cls == DictType || !isSetUpClass(cls) || checkAbstract(cls) != nil || valueBaseOf(cls) != nil {
		return false
	}
	if meta := cls.Type(); meta != py.TypeType {
		if meta == nil || meta.Flags&py.TPFLAGS_HEAPTYPE == 0 || userMethod(meta, "__call__") != nil {
			return false
		}
	}
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt != py.ObjectType && bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return false
		}
	}
	return userMethod(cls, "__new__") == nil
}

// plainAttributes reports whether reading or storing names on an
// instance of cls runs no Python code and binds nothing to the instance:
// no attribute hook, no special (dunder) name, and each name absent from
// the classes or plain data.
func plainAttributes(cls *py.Type, names []string) bool {
	for _, hook := range [...]string{"__getattribute__", "__getattr__", "__setattr__", "__delattr__"} {
		if userMethod(cls, hook) != nil {
			return false
		}
	}
	for _, name := range names {
		if strings.HasPrefix(name, "__") {
			// Special names (x.__init__, x.__class__, x.__reduce__ ...)
			// may be answered by the built-in types without a class entry
			// here, with a value bound to the instance.
			return false
		}
		for _, b := range cls.Mro {
			v, found := b.(*py.Type).Dict[name]
			if found && !plainData(v) {
				return false
			}
		}
	}
	return true
}

// plainData reports whether v, found in a class, is returned as it is by
// an attribute read on an instance (no __get__).
func plainData(v py.Object) bool {
	switch v.(type) {
	case py.Int, py.Float, py.String, py.Bool, py.NoneType, py.Bytes:
		return true
	}
	return false
}

// rawInstr is one instruction of a code's bytes, EXTENDED_ARG folded in.
type rawInstr struct {
	op  byte
	arg int
}

// rawInstrs lists co's instructions as its bytes hold them (the decoded
// code's instructions are rewritten and fused; the bytes are not).
func rawInstrs(co *py.Code) []rawInstr {
	raw := co.Code
	var out []rawInstr
	ext := 0
	for pc := 0; pc < len(raw); {
		op := raw[pc]
		pc++
		arg := 0
		if op >= opHaveArgument && pc+1 < len(raw) {
			arg = int(raw[pc]) | int(raw[pc+1])<<8 | ext<<16
			pc += 2
		}
		if op == opEXTENDED_ARG {
			ext = arg
			continue
		}
		ext = 0
		out = append(out, rawInstr{op, arg})
	}
	return out
}

// ownerUses reports whether every LOAD_FAST of slot in co is the owner
// of an attribute read or store (the next instruction is LOAD_ATTR or
// STORE_ATTR), and returns those attributes' names.
func ownerUses(co *py.Code, slot int) (names []string, ok bool) {
	ins := rawInstrs(co)
	for i, in := range ins {
		if in.op != opLOAD_FAST || in.arg != slot {
			continue
		}
		if i+1 == len(ins) {
			return nil, false
		}
		next := ins[i+1]
		if next.op != opLOAD_ATTR && next.op != opSTORE_ATTR || next.arg >= len(co.Names) {
			return nil, false
		}
		names = append(names, co.Names[next.arg])
	}
	return names, true
}

// hasClassCell reports whether co uses super() without arguments (reads
// its first local through the __class__ cell).
func hasClassCell(co *py.Code) bool {
	for _, name := range co.Freevars {
		if name == "__class__" {
			return true
		}
	}
	return false
}

// hasCleanupBlock reports whether co has an except or with block, where
// a traceback holding its frame (so its self) may be kept.
func hasCleanupBlock(co *py.Code) bool {
	for _, in := range rawInstrs(co) {
		if in.op == opSETUP_EXCEPT || in.op == opSETUP_WITH {
			return true
		}
	}
	return false
}

// dropFresh finalizes o now when it is an instance recorded by noteFresh
// that the instruction just run (a STORE_FAST or DELETE_FAST of its
// slot) let go, and nothing since could have taken it (see above); it
// reports whether it did.
func (t *thread) dropFresh(o py.Object) bool {
	inst, ok := o.(*py.Type)
	f := t.top
	if !ok || f == nil || f.pc <= 0 || f.pc > len(f.ins) {
		return false
	}
	slot := storeSlot(f.ins[f.pc-1])
	if slot < 0 || slot >= len(f.fast) || f.fast[slot] == o {
		return false
	}
	if _, ok := t.claimFresh(f, slot, inst); !ok {
		return false
	}
	t.finalizeClaimed(inst)
	return true
}

// claimFresh finds the record of inst as the value of slot of f, f's
// locals never handed out as a frame object (f.tbFrame, which would keep
// a copy of them), and removes it; it reports whether inst is provably
// held by that slot alone and registered, and then takes it from the
// registered list (seq is its registration's number).
func (t *thread) claimFresh(f *frame, slot int, inst *py.Type) (seq uint64, ok bool) {
	fin := finalizerOf(t.ctx)
	if fin == nil || f.tbFrame != nil {
		return 0, false
	}
	tab := &fin.fresh
	frameAddr, codeAddr := uintptr(unsafe.Pointer(f)), uintptr(unsafe.Pointer(f.c))
	tab.mu.Lock()
	var e *freshEntry
	for i := range tab.entries {
		if x := &tab.entries[i]; x.frame == frameAddr && x.slot == int32(slot) && x.inst.Value() == inst {
			e = x
			break
		}
	}
	if e == nil || e.code != codeAddr {
		tab.mu.Unlock()
		return 0, false
	}
	key := e.inst
	fresh := e.seen == localsSeen.Load() && e.epoch == classEpoch.Load()
	*e = freshEntry{}
	tab.mu.Unlock()
	if !fresh || inst.Flags&(weakTracked|weakCallback) != 0 || inst.Flags&delTracked == 0 {
		return 0, false
	}
	return fin.forgetDel(key)
}

// freshAtReturn reports whether v, the value of slot of f, a function
// frame being released, is an instance that slot alone held (see
// above); it is then queued for its __del__ as its Go finalizer would
// have queued it, and afterReturn calls it with no collection.
func (t *thread) freshAtReturn(f *frame, slot int, v py.Object) bool {
	inst, ok := v.(*py.Type)
	if !ok {
		return false
	}
	seq, ok := t.claimFresh(f, slot, inst)
	if !ok {
		return false
	}
	runtime.SetFinalizer(inst, nil)
	finalizerOf(t.ctx).finalized(inst, seq)
	return true
}

// forgetDel removes the instance key points to from the registered
// instances; it reports whether it was there (registered and not
// finalized yet) and its registration's number.
func (fin *genFinalizer) forgetDel(key weak.Pointer[py.Type]) (uint64, bool) {
	fin.mu.Lock()
	defer fin.mu.Unlock()
	for i := len(fin.dels) - 1; i >= 0; i-- {
		if e := fin.dels[i]; e.inst == key {
			copy(fin.dels[i:], fin.dels[i+1:])
			fin.dels[len(fin.dels)-1] = trackedDel{}
			fin.dels = fin.dels[:len(fin.dels)-1]
			return e.seq, true
		}
	}
	return 0, false
}

// dropFreshPop finalizes v now when it is an instance recorded by
// noteFresh whose creation's result the POP_TOP just run discarded
// (`C(args)` as a statement): as for a local, __init__ is proven not to
// have let self go, so the value stack held it alone, and CPython calls
// its __del__ at this POP_TOP. It reports whether it did.
func (t *thread) dropFreshPop(f *frame, v py.Object) bool {
	inst, ok := v.(*py.Type)
	if !ok || f.pc <= 0 || f.pc > len(f.ins) || f.ins[f.pc-1].op != opPOP_TOP || inst.Flags&delTracked == 0 {
		return false
	}
	if _, ok := t.claimFresh(f, popSlot, inst); !ok {
		return false
	}
	t.finalizeClaimed(inst)
	return true
}

// finalizeClaimed runs __del__ of inst, whose record claimFresh removed,
// in place of the collection that would have found it.
func (t *thread) finalizeClaimed(inst *py.Type) {
	runtime.SetFinalizer(inst, nil)
	trackedGens.Add(-1)
	liveDels.Add(-1)
	t.callDel(inst, false)
	if delsReady.Load() != 0 {
		t.sweep(false, false, nil)
	}
}
