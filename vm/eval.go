package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
	gvm "github.com/go-python/gpython/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// run executes f until it returns, yields or raises. The caller has pushed
// f on the thread (enter) and pops it afterwards (leave).
func (t *thread) run(f *frame) (result py.Object, failure error) {
	// The loop's own variables are declared in its body, not here: a
	// variable the deferred function below writes lives in memory, and
	// one carried from one instruction to the next is spilled to the
	// stack at every dispatch. At each instruction's start err and
	// retval are nil, w is whyNot and cur is empty.
	defer func() {
		if r := recover(); r != nil {
			// Frames called inline by this run are popped first. The
			// running frame is the thread's top one (pushInline and
			// leaveInline keep it so): reading t.top here, not f,
			// leaves f out of this closure, so the loop may keep it in
			// a register instead of reloading it from memory at every
			// instruction.
			f := t.top
			for f.inline {
				caller := f.back
				if f.genObj != nil {
					// A generator stepped inline ends, as resume
					// ends one whose run panicked.
					finishGen(f.gen, f)
					t.leaveInlineGen(f)
				} else {
					t.depth--
					t.release(f)
				}
				f = caller
			}
			t.top = f
			result, failure = nil, t.panicked(f, r)
		}
	}()
	f.yielded = false
	if t.tr != nil { // trace_hooks.go
		if err := t.traceCall(f); err != nil {
			return nil, err
		}
	}
	if f.throwing != nil {
		// generator.throw(): the exception appears at the yield.
		cur := t.thrownInfo(f.throwing)
		f.throwing = nil
		t.addTraceback(f, &cur)
		if t.tr != nil {
			t.traceException(f, &cur)
		}
		if w := t.unwind(f, whyException, cur, nil); w != whyNot {
			return t.exit(f, w, cur, nil)
		}
	}
	var cur py.ExceptionInfo // the exception propagating, when w == whyException; else empty
	for {
		in := f.ins[f.pc]
		f.pc++
		var (
			w      = whyNot
			retval py.Object
			err    error
		)
	dispatch:
		switch in.op {
		// An instruction that cannot fail, and the fast paths of
		// others, end with continue: the next dispatch without the
		// error and unwinding checks after the switch.
		case opNOP:
			continue
		case opPOP_TOP:
			f.sp--
			if trackedGens.Load() != 0 {
				t.popTracked(f) // finalize_items.go
				continue
			}
			f.stack[f.sp] = nil
			continue
		case opROT_TWO:
			s := f.stack
			s[f.sp-1], s[f.sp-2] = s[f.sp-2], s[f.sp-1]
			continue
		case opROT_THREE:
			s := f.stack
			s[f.sp-1], s[f.sp-2], s[f.sp-3] = s[f.sp-2], s[f.sp-3], s[f.sp-1]
			continue
		case opDUP_TOP:
			f.push(f.stack[f.sp-1])
			continue
		case opDUP_TOP_TWO:
			a, b := f.stack[f.sp-2], f.stack[f.sp-1]
			f.push(a)
			f.push(b)
			continue

		case opUNARY_POSITIVE:
			f.stack[f.sp-1], err = unaryOp("+", py.Pos, f.stack[f.sp-1])
		case opUNARY_NEGATIVE:
			f.stack[f.sp-1], err = unaryOp("-", py.Neg, f.stack[f.sp-1])
		case opUNARY_INVERT:
			f.stack[f.sp-1], err = unaryOp("~", py.Invert, f.stack[f.sp-1])
		case opUNARY_NOT:
			var b bool
			b, err = Truth(f.stack[f.sp-1])
			f.stack[f.sp-1] = py.NewBool(!b)

		case opBINARY_ADD, opINPLACE_ADD, opBINARY_SUBTRACT, opINPLACE_SUBTRACT,
			opBINARY_MULTIPLY, opINPLACE_MULTIPLY, opBINARY_MODULO, opINPLACE_MODULO,
			opBINARY_FLOOR_DIVIDE, opINPLACE_FLOOR_DIVIDE, opBINARY_LSHIFT, opINPLACE_LSHIFT,
			opBINARY_RSHIFT, opINPLACE_RSHIFT, opBINARY_AND, opINPLACE_AND,
			opBINARY_XOR, opINPLACE_XOR, opBINARY_OR, opINPLACE_OR:
			// Two ints whose result is no big int: in place, boxed from
			// the thread's slab, without binaryOp's call
			// (fast_int_ops.go).
			if x, ok := f.stack[f.sp-2].(py.Int); ok {
				if y, ok := f.stack[f.sp-1].(py.Int); ok {
					if r, ok := intArith(in.op, x, y); ok {
						f.sp--
						f.stack[f.sp] = nil
						f.stack[f.sp-1] = t.boxIntOn(r)
						continue
					}
				}
			}
			b := f.pop()
			f.stack[f.sp-1], err = binaryOp(in.op, f.stack[f.sp-1], b)
		case opBINARY_POWER, opINPLACE_POWER, opBINARY_TRUE_DIVIDE, opINPLACE_TRUE_DIVIDE:
			b := f.pop()
			f.stack[f.sp-1], err = binaryOp(in.op, f.stack[f.sp-1], b)

		case opBINARY_SUBSCR:
			if i, ok := f.stack[f.sp-1].(py.Int); ok {
				if v, ok := seqItem(f.stack[f.sp-2], i); ok {
					f.sp--
					f.stack[f.sp] = nil
					f.stack[f.sp-1] = v
					continue
				}
			}
			key := f.pop()
			f.stack[f.sp-1], err = GetItem(f.stack[f.sp-1], key)
		case opSTORE_SUBSCR:
			if trackedGens.Load() != 0 {
				err = t.storeSubscrTracked(f) // finalize_items.go
				break
			}
			key, obj, v := f.pop(), f.pop(), f.pop()
			err = SetItem(obj, key, v)
		case opDELETE_SUBSCR:
			key, obj := f.pop(), f.pop()
			if trackedGens.Load() != 0 {
				err = t.delItemTracked(obj, key) // finalize_items.go
			} else {
				err = DelItem(obj, key)
			}
			if _, ok := obj.(py.StringDict); ok {
				namespacesChanged()
			}

		case opGET_ITER:
			x := f.stack[f.sp-1]
			if f.stack[f.sp-1], err = Iter(x); err == nil {
				t.ownIterator(f)
			} else {
				f.stack[f.sp-1], err = yieldFromIter(f, x, err) // yield_from_coroutine.go
			}
		case opFOR_ITER:
			var done bool
			if done, err = t.forIterStep(f, int(in.arg)); done {
				if err == nil {
					continue
				}
				break
			}
			if g, ok := f.stack[f.sp-1].(*py.Generator); ok {
				// The generator's next step runs in this loop
				// (generator_inline.go).
				if nf := t.resumeInline(f, g, int(in.arg)); nf != nil {
					f = nf
					continue
				}
			}
			var v py.Object
			var ok bool
			v, ok, err = nextWith(f.stack[f.sp-1], &t.nextCache)
			if err != nil && forIterGenEnd(f.stack[f.sp-1], err) {
				err, ok = nil, false
			}
			if err == nil {
				if ok {
					f.pushItem(v)
				} else {
					if t.tr != nil {
						t.traceIterEnd(f, f.stack[f.sp-1])
					}
					f.pop()
					f.pc = int(in.arg)
				}
			}

		case opPRINT_EXPR:
			err = t.printExpr(f, f.pop())
		case opBREAK_LOOP:
			w = whyBreak
		case opCONTINUE_LOOP:
			retval = py.Int(in.arg)
			w = whyContinue
			if err = t.checkInterrupt(); err != nil {
				w = whyNot
			}
		case opUNPACK_SEQUENCE:
			err = unpack(f, f.pop(), int(in.arg), -1)
		case opUNPACK_EX:
			err = unpack(f, f.pop(), int(in.arg&0xff), int(in.arg>>8))
		case opSET_ADD:
			v := f.pop()
			err = f.stack[f.sp-int(in.arg)].(*Set).Add(v)
		case opLIST_APPEND:
			v := f.pop()
			f.stack[f.sp-int(in.arg)].(*py.List).Append(v)
			continue
		case opMAP_ADD:
			k, v := f.pop(), f.pop()
			err = f.stack[f.sp-int(in.arg)].(*Dict).SetItem(k, v)

		case opRETURN_VALUE:
			if f.inline && len(f.blocks) == 0 && f.genObj == nil && t.tr == nil {
				// The common return of a frame called inline, with no
				// block to unwind: what the loop's tail does for it.
				v := f.pop()
				if f.initSelf != nil {
					// An inline __init__ (fast_classcall.go): the call's
					// result is the instance.
					if v != py.None {
						retval, w = v, whyReturn
						break
					}
					v = f.initSelf
				}
				t.returning = v // a local holding it is not dropped
				f = t.leaveInline(f)
				f.push(v)
				if t.droppedGens || delsReady.Load() != 0 {
					t.afterReturn() // its two tests, written out here
				}
				continue
			}
			retval = f.pop()
			t.returning = retval // a local holding it is not dropped
			if !f.inline && len(f.blocks) == 0 && t.tr == nil {
				// What unwind and exit answer for a frame with no
				// block left and no trace hook: run's own return.
				return retval, nil
			}
			w = whyReturn
		case opYIELD_VALUE:
			if f.genObj != nil {
				// Back to the FOR_ITER that resumed this generator.
				v := f.pop()
				f = t.yieldInline(f)
				f.pushItem(v)
				continue
			}
			if f.sink != nil && t.tr == nil && f.sink(f.stack[f.sp-1]) {
				// Taken by the Go consumer draining this generator
				// (generator_drain.go): it goes on as next() resumed it.
				f.stack[f.sp-1] = py.None
				continue
			}
			retval = f.pop()
			w = whyYield
		case opYIELD_FROM:
			v := f.pop()
			var r py.Object
			var done bool
			r, done, err = t.delegate(f.stack[f.sp-1], v)
			if err == nil {
				if done {
					if t.tr != nil {
						t.traceIterEnd(f, f.stack[f.sp-1])
					}
					f.stack[f.sp-1] = r // the value of the yield from
				} else {
					retval = r
					f.pc-- // resume at YIELD_FROM with the sent value pushed
					w = whyYield
				}
			}

		case opIMPORT_STAR:
			err = importStar(f, f.pop())
			namespacesChanged()
		case opPOP_BLOCK:
			f.blocks = f.blocks[:len(f.blocks)-1]
			continue
		case opPOP_EXCEPT:
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			if b.Type != py.TryBlockExceptHandler {
				err = py.ExceptionNewf(py.SystemError, "popped block is not an except handler")
			} else {
				t.unwindExceptHandler(f, b)
			}
		case opEND_FINALLY:
			v := f.pop()
			switch v := v.(type) {
			case py.NoneType:
			case py.Int:
				w = why(v)
				switch w {
				case whyReturn, whyContinue:
					retval = f.pop()
				case whySilenced:
					b := f.blocks[len(f.blocks)-1]
					f.blocks = f.blocks[:len(f.blocks)-1]
					t.unwindExceptHandler(f, b)
					w = whyNot
				}
			default:
				if isExceptionClass(v) {
					val, tb := f.pop(), f.pop()
					cur = excInfo(v, val, tb)
					w = whyException
				} else {
					err = py.ExceptionNewf(py.SystemError, "'finally' pops bad exception")
				}
			}
		case opLOAD_BUILD_CLASS:
			if bc, ok := f.builtins["__build_class__"]; ok {
				f.push(bc)
			} else {
				err = py.ExceptionNewf(py.NameError, "__build_class__ not found")
			}
		case opSETUP_WITH:
			err = t.setupWith(f, int(in.arg))
		case opWITH_CLEANUP:
			err = t.withCleanup(f)

		case opSTORE_NAME:
			if f.locals == nil {
				err = py.ExceptionNewf(py.SystemError, "no locals found when storing '%s'", f.c.names[in.arg])
			} else {
				v := f.pop()
				if trackedGens.Load() != 0 {
					old := f.locals[f.c.names[in.arg]]
					storeName(f.locals, f.c.names[in.arg], v)
					t.droppedGenerator(old)
				} else {
					storeName(f.locals, f.c.names[in.arg], v)
				}
				if t.prepared != nil {
					err = t.forwardStore(f.locals, f.c.names[in.arg], v)
				}
			}
		case opDELETE_NAME:
			old := f.locals[f.c.names[in.arg]]
			err = deleteName(f.locals, f.c.names[in.arg])
			if err == nil {
				noteDeletedCycle(old) // finalize_plain_cycles.go
			}
			if err == nil && trackedGens.Load() != 0 {
				t.droppedGenerator(old)
			}
			if err == nil && t.prepared != nil {
				err = t.forwardStore(f.locals, f.c.names[in.arg], nil)
			}
		case opLOAD_NAME:
			if sameMap(f.locals, f.globals) {
				// Module-level code: the namespace is the globals.
				if f.c.rebound[in.arg].Load() {
					// A name the cache no longer takes: the
					// lookup, without asking it (global_cache.go).
					err = f.loadGlobal(f.c.names[in.arg])
					break
				}
				err = t.loadNameCachedAt(f, in.arg)
			} else if m := t.mappedLocals(f); m != nil {
				err = f.loadMappedName(m, f.c.names[in.arg]) // exec_namespace.go
			} else if v, ok := f.locals[f.c.names[in.arg]]; ok {
				f.push(v)
			} else {
				err = f.loadGlobal(f.c.names[in.arg])
			}
		case opROT_STORE_ATTR:
			// ROT_TWO + STORE_ATTR (fast_super.go); arg is STORE_ATTR's.
			s := f.stack
			s[f.sp-1], s[f.sp-2] = s[f.sp-2], s[f.sp-1]
			f.pc++
			fallthrough
		case opSTORE_ATTR:
			obj, v := f.pop(), f.pop()
			if it, ok := obj.(*py.Type); ok && len(it.Bases) == 0 && pyutil.IsInstanceObject(it) {
				// Plain instance attribute stores skip the MRO walks.
				name := f.c.names[in.arg]
				e := t.attrs.hit(it.ObjectType, name)
				if e == nil {
					e = t.attrs.lookup(it.ObjectType, name)
				}
				if e.plainStore {
					if s := hintedSlot(it.Dict, e.slot, name); s != nil {
						// The replaced value is dropped after the store,
						// as setInstanceTracked drops it.
						old := s.elem
						s.elem = v
						if trackedGens.Load() != 0 {
							t.droppedStored(old, v)
						}
						continue
					}
					if old, ok := instDictSwap(it.Dict, e, name, v); ok {
						if trackedGens.Load() != 0 {
							t.droppedStored(old, v)
						}
						continue
					}
					if trackedGens.Load() != 0 {
						t.setInstanceTracked(it, name, v) // finalize_items.go
						continue
					}
					setInstanceDict(it, name, v)
					continue
				}
				if m := e.member; m != nil {
					setSlotMember(it, e, m, v) // a __slots__ name
					continue
				}
			}
			err = SetAttr(obj, f.c.names[in.arg], v)
		case opDELETE_ATTR:
			if trackedGens.Load() != 0 {
				err = t.delAttrTracked(f.pop(), f.c.names[in.arg]) // finalize_items.go
			} else {
				err = DelAttr(f.pop(), f.c.names[in.arg])
			}
			namespacesChanged() // del module.name
		case opLOAD_FAST_ATTR, opLOAD_FAST_DUP_ATTR:
			// LOAD_FAST [+ DUP_TOP] + LOAD_ATTR (fast_super.go).
			v := f.fast[in.arg&0xffff]
			if v == nil {
				err = unboundLocal(f.c, in.arg&0xffff)
				break
			}
			f.push(v)
			f.pc++
			if in.op == opLOAD_FAST_DUP_ATTR {
				f.push(v)
				f.pc++
			}
			in.arg >>= 16
			fallthrough
		case opLOAD_ATTR:
			o := f.stack[f.sp-1]
			if it, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(it) {
				var nf *frame
				if nf, err = t.loadInstanceAttr(f, it, in.arg); nf != nil {
					f = nf
					continue
				}
			} else if m, ok := o.(*py.Module); ok {
				if g, ok := moduleGlobalAttr(m, f.c.names[in.arg]); ok { // fast_module_attr.go
					f.stack[f.sp-1] = g
				} else {
					f.stack[f.sp-1], err = GetAttr(o, f.c.names[in.arg])
				}
			} else {
				f.stack[f.sp-1], err = GetAttr(o, f.c.names[in.arg])
			}
		case opSTORE_GLOBAL:
			if trackedGens.Load() != 0 {
				old := f.globals[f.c.names[in.arg]]
				storeName(f.globals, f.c.names[in.arg], f.pop())
				t.droppedGenerator(old)
			} else {
				storeName(f.globals, f.c.names[in.arg], f.pop())
			}
		case opDELETE_GLOBAL:
			old := f.globals[f.c.names[in.arg]]
			err = deleteName(f.globals, f.c.names[in.arg])
			if err == nil {
				noteDeletedCycle(old)
			}
			if err == nil && trackedGens.Load() != 0 {
				t.droppedGenerator(old)
			}
		case opLOAD_GLOBAL:
			// global_cache.go's probe, written out here to spare a call.
			name := f.c.names[in.arg]
			g := mapAddr(f.globals)
			if gc := t.globalCache; gc != nil {
				if e := &gc[globalSlot(name, g)]; e.hit(name, g, mapAddr(f.builtins)) {
					f.push(e.v)
					continue
				}
			}
			err = t.loadGlobalMiss(f, name, false)
		case opLOAD_CONST:
			f.push(f.c.py.Consts[in.arg])
			continue

		case opBUILD_TUPLE:
			n := int(in.arg)
			tup := tupleObject(f.stack[f.sp-n : f.sp]) // fast_tuple_box.go
			clear(f.stack[f.sp-n : f.sp])
			f.sp -= n
			f.push(tup)
			continue
		case opBUILD_LIST:
			n := int(in.arg)
			l := newListOf(f.stack[f.sp-n : f.sp]) // fast_tuple_box.go
			clear(f.stack[f.sp-n : f.sp])
			f.sp -= n
			f.push(l)
			continue
		case opBUILD_LIST_HINTED:
			// A list comprehension's list (fast_listcomp.go).
			f.push(newHintedList(f.fast[0]))
			continue
		case opBUILD_SET:
			n := int(in.arg)
			var s *Set
			s, err = newSetOf(f.stack[f.sp-n : f.sp]) // fast_display.go
			clear(f.stack[f.sp-n : f.sp])
			f.sp -= n
			if err == nil {
				f.push(s)
			}
		case opBUILD_MAP:
			f.push(NewDict(int(in.arg)))
		case opSTORE_MAP:
			k, v := f.pop(), f.pop()
			err = f.stack[f.sp-1].(*Dict).SetItem(k, v)
		case opBUILD_SLICE:
			var step py.Object = py.None
			if in.arg == 3 {
				step = f.pop()
			}
			stop := f.pop()
			f.stack[f.sp-1] = py.NewSlice(intBound(f.stack[f.sp-1]), intBound(stop), intBound(step))

		case opSLICE_SUBSCR:
			stop := f.pop()
			start := f.pop()
			f.stack[f.sp-1], err = sliceSubscr(f.stack[f.sp-1], start, stop)
		case opCOMPARE_OP:
			b := f.pop()
			f.stack[f.sp-1], err = compareOp(int(in.arg), f.stack[f.sp-1], b)
		case opIMPORT_NAME:
			err = t.importName(f, f.c.names[in.arg])
			namespacesChanged() // packages gain their submodules
		case opIMPORT_FROM:
			var v py.Object
			v, err = t.importFrom(f.stack[f.sp-1], f.c.names[in.arg])
			namespacesChanged() // it may import a submodule
			if err == nil {
				f.push(v)
			}

		case opJUMP_FORWARD:
			f.pc = int(in.arg)
			continue
		case opJUMP_ABSOLUTE:
			// A loop's back edge runs the eval breaker (interrupt.go).
			if to := int(in.arg); to >= f.pc || !t.breakerDue() {
				f.pc = to
				continue
			}
			err = t.breakAndJump(f, int(in.arg))
		case opPOP_JUMP_IF_FALSE, opPOP_JUMP_IF_TRUE:
			if bv, ok := f.stack[f.sp-1].(py.Bool); ok {
				f.sp--
				f.stack[f.sp] = nil
				if bool(bv) == (in.op == opPOP_JUMP_IF_TRUE) {
					if to := int(in.arg); to >= f.pc || !t.breakerDue() {
						f.pc = to
					} else if err = t.breakAndJump(f, to); err != nil {
						break
					}
				}
				continue
			}
			var b bool
			b, err = Truth(f.stack[f.sp-1])
			f.sp--
			f.stack[f.sp] = nil
			if err == nil && b == (in.op == opPOP_JUMP_IF_TRUE) {
				err = t.jump(f, int(in.arg))
			}
		case opCOMPARE_JUMP_IF_FALSE, opCOMPARE_JUMP_IF_TRUE:
			// COMPARE_OP + POP_JUMP_IF_FALSE/TRUE (fast_compare.go).
			var b bool
			cmp := int(in.arg & 0xf)
			x, xok := f.stack[f.sp-2].(py.Int)
			y, yok := f.stack[f.sp-1].(py.Int)
			if xok && yok && cmp <= cmpGE {
				f.sp -= 2
				f.stack[f.sp], f.stack[f.sp+1] = nil, nil
				f.pc++
				if valueCompare(cmp, x, y) == (in.op == opCOMPARE_JUMP_IF_TRUE) {
					if to := int(in.arg >> 4); to >= f.pc || !t.breakerDue() {
						f.pc = to
					} else if err = t.breakAndJump(f, to); err != nil {
						break
					}
				}
				continue
			}
			b, err = t.compareTruth(f, cmp)
			if err == nil && b == (in.op == opCOMPARE_JUMP_IF_TRUE) {
				err = t.jump(f, int(in.arg>>4))
			}
		case opJUMP_IF_FALSE_OR_POP, opJUMP_IF_TRUE_OR_POP:
			var b bool
			b, err = Truth(f.stack[f.sp-1])
			if err == nil {
				if b == (in.op == opJUMP_IF_TRUE_OR_POP) {
					err = t.jump(f, int(in.arg))
				} else {
					f.pop()
				}
			}

		case opSETUP_LOOP:
			f.blocks = append(f.blocks, py.TryBlock{Type: py.TryBlockSetupLoop, Handler: in.arg, Level: f.sp})
			f.loopMark = t.gensMade
			continue
		case opSETUP_EXCEPT:
			f.blocks = append(f.blocks, py.TryBlock{Type: py.TryBlockSetupExcept, Handler: in.arg, Level: f.sp})
			continue
		case opSETUP_FINALLY:
			f.blocks = append(f.blocks, py.TryBlock{Type: py.TryBlockSetupFinally, Handler: in.arg, Level: f.sp})
			continue

		case opLOAD_FAST_CONST:
			// LOAD_FAST, LOAD_CONST and an int operation (local_const.go);
			// else LOAD_FAST alone.
			v := f.fast[in.arg&0xffff]
			if x, ok := v.(py.Int); ok {
				if lc := &f.c.localConsts[in.arg>>16]; lc.compare {
					f.pc += 3
					if valueCompare(int(lc.cmp), x, lc.y) == lc.jumpIf {
						if to := int(lc.target); to >= f.pc || !t.breakerDue() {
							f.pc = to
						} else if err = t.breakAndJump(f, to); err != nil {
							break
						}
					}
					continue
				} else if localAdd(t, f, lc, x) {
					continue
				}
			}
			if v != nil {
				f.push(v)
				continue
			}
			err = unboundLocal(f.c, in.arg&0xffff)
		case opLOAD_FAST:
			if v := f.fast[in.arg]; v != nil {
				f.push(v)
				continue
			}
			err = unboundLocal(f.c, in.arg)
		case opLOAD_FAST_FAST:
			// LOAD_FAST + LOAD_FAST (fast_super.go); an unbound second
			// local is the plain LOAD_FAST's to report.
			v := f.fast[in.arg&0xffff]
			if v == nil {
				err = unboundLocal(f.c, in.arg&0xffff)
				break
			}
			f.push(v)
			if v = f.fast[in.arg>>16]; v != nil {
				f.push(v)
				f.pc++
			}
			continue
		case opSTORE_LOAD_FAST:
			// STORE_FAST + LOAD_FAST (fast_super.go).
			f.sp--
			old := f.fast[in.arg&0xffff]
			f.fast[in.arg&0xffff] = f.stack[f.sp]
			f.stack[f.sp] = nil
			if old != nil && trackedGens.Load() != 0 {
				t.droppedGenerator(old)
			}
			if v := f.fast[in.arg>>16]; v != nil {
				f.push(v)
				f.pc++
			}
			continue
		case opSTORE_FAST:
			f.sp--
			old := f.fast[in.arg]
			f.fast[in.arg] = f.stack[f.sp]
			f.stack[f.sp] = nil
			if old != nil && trackedGens.Load() != 0 {
				t.droppedGenerator(old)
			}
			continue
		case opDELETE_FAST:
			if old := f.fast[in.arg]; old == nil {
				err = unboundLocal(f.c, in.arg)
			} else {
				f.fast[in.arg] = nil
				noteDeletedCycle(old)
				if trackedGens.Load() != 0 {
					t.droppedGenerator(old)
				}
			}

		case opLOAD_CLOSURE:
			f.push(f.fast[f.c.nlocals+int(in.arg)])
		case opLOAD_DEREF:
			if v := f.fast[f.c.nlocals+int(in.arg)].(*py.Cell).Get(); v != nil {
				f.push(v)
			} else {
				err = unboundDeref(f.c, int(in.arg))
			}
		case opLOAD_CLASSDEREF:
			name := cellName(f.c, int(in.arg))
			if v, ok := f.locals[name]; ok {
				f.push(v)
			} else if v := f.fast[f.c.nlocals+int(in.arg)].(*py.Cell).Get(); v != nil {
				f.push(v)
			} else {
				err = unboundDeref(f.c, int(in.arg))
			}
		case opSTORE_DEREF:
			f.fast[f.c.nlocals+int(in.arg)].(*py.Cell).Set(f.pop())
		case opDELETE_DEREF:
			cell := f.fast[f.c.nlocals+int(in.arg)].(*py.Cell)
			if cell.Get() == nil {
				err = unboundDeref(f.c, int(in.arg))
			} else {
				cell.Delete()
			}

		case opRAISE_VARARGS:
			var exc, cause py.Object
			switch in.arg {
			case 2:
				cause = f.pop()
				exc = f.pop()
			case 1:
				exc = f.pop()
			}
			if exc == nil {
				// A bare raise re-raises the exception being handled,
				// traceback and all.
				if t.excType == nil {
					err = py.ExceptionNewf(py.RuntimeError, "No active exception to reraise")
				} else {
					cur = excInfo(t.excType, t.excValue, t.excTb)
					w = whyException
				}
			} else {
				err = t.raise(f, exc, cause)
			}

		case opCALL_FUNCTION:
			if in.arg < 0x100 && trackedGens.Load() == 0 {
				// A module's Go function (len(x), isinstance(x, t)),
				// tried first: inlineCall and callOp would each look
				// at the callee before passing it on.
				if m, ok := f.stack[f.sp-int(in.arg)-1].(*py.Method); ok && m.Module != nil {
					var done bool
					if done, err = t.moduleCall(f, int(in.arg)); done {
						break
					}
				}
			}
			if nf := t.inlineCall(f, int(in.arg)); nf != nil {
				// A Python function runs in this same loop: no Go
				// recursion per Python call.
				f = nf
				continue
			}
			if trackedGens.Load() != 0 {
				err = t.callOpTracked(f, in.op, int(in.arg)) // finalize_temps.go
				break
			}
			err = t.callOp(f, in.op, int(in.arg))
		case opLOAD_FAST_METHOD:
			// LOAD_FAST + LOAD_METHOD (fast_super.go).
			v := f.fast[in.arg&0xffff]
			if v == nil {
				err = unboundLocal(f.c, in.arg&0xffff)
				break
			}
			f.push(v)
			f.pc++
			err = t.loadMethod(f, in.arg>>16)
		case opLOAD_METHOD:
			err = t.loadMethod(f, in.arg)
		case opCALL_METHOD:
			var nf *frame
			if trackedGens.Load() != 0 {
				nf, err = t.callMethodTracked(f, int(in.arg)) // finalize_temps.go
			} else {
				nf, err = t.callMethod(f, int(in.arg))
			}
			if nf != nil {
				f = nf
				continue
			}
		case opCALL_FUNCTION_VAR, opCALL_FUNCTION_KW, opCALL_FUNCTION_VAR_KW:
			err = t.callOp(f, in.op, int(in.arg))
		case opCALL_METHOD_KW:
			var nf *frame
			if nf, err = t.callMethodKw(f, int(in.arg)); nf != nil { // fast_method_kw.go
				f = nf
				continue
			}
		case opMAKE_COMPREHENSION:
			err = makeComprehension(f, f.c.comps[in.arg])
		case opMAKE_FUNCTION, opMAKE_CLOSURE:
			if err = makeFunction(f, in.op == opMAKE_CLOSURE, in.arg); err == nil {
				t.markGenexpr(f)
			}

		case opTRACE: // an instruction with a trace event (trace_hooks.go)
			var terr error // not err: err is nil at dispatch
			if in, terr = t.traceStep(f); terr == nil {
				goto dispatch
			}
			err = terr
		case opEnd:
			err = py.ExceptionNewf(py.SystemError, "vm: ran off the end of %s", f.c.py.Name)
		default:
			err = t.execOp36(f, in) // exec_fstring.go
		}

		if err != nil {
			// The error label: an exception raised here or passing
			// through from a callee gets this frame's traceback entry.
			// Re-raises (bare raise, END_FINALLY) keep theirs as is.
			cur = t.exceptionFrom(err)
			t.addTraceback(f, &cur)
			if t.tr != nil {
				t.traceException(f, &cur)
			}
			err = nil
			w = whyException
		}
		if w == whyNot {
			continue
		}
		if w == whyYield {
			if f.genObj != nil {
				// A yield from that suspends, in a generator
				// stepped inline.
				f = t.yieldInline(f)
				f.push(retval)
				retval, w = nil, whyNot
				continue
			}
			f.yielded = true
			if t.tr != nil {
				return t.traceReturn(f, retval, nil)
			}
			return retval, nil
		}
		if w = t.unwind(f, w, cur, retval); w == whyNot {
			// A finally block holds the return value on the stack now:
			// the loop keeps no reference of its own.
			cur, retval = py.ExceptionInfo{}, nil
			continue
		}
		// A frame called inline returns (or raises) into its caller,
		// which goes on in this loop.
		for f.inline && (w == whyReturn || w == whyException) {
			if f.genObj != nil {
				// A generator stepped inline by FOR_ITER ended.
				var exit int
				var exhausted bool
				f, exit, exhausted = t.endInlineGen(f, w, &cur)
				retval = nil
				if exhausted {
					f.pop() // the iterator
					f.pc = exit
					cur, w = py.ExceptionInfo{}, whyNot
					break
				}
				w = whyException
				t.addTraceback(f, &cur)
				if w = t.unwind(f, whyException, cur, nil); w == whyNot {
					cur = py.ExceptionInfo{}
				}
				continue
			}
			if t.tr != nil {
				w, retval = t.traceInlineReturn(f, w, retval, &cur)
			}
			if f.initSelf != nil && w == whyReturn {
				// An inline __init__ (fast_classcall.go) returned: the
				// instance, or type.__call__'s error in the caller.
				var rerr error
				if retval, rerr = initResult(f, retval); rerr != nil {
					cur, w = t.exceptionFrom(rerr), whyException
				}
			}
			f = t.leaveInline(f)
			if w == whyReturn {
				f.push(retval)
				retval = nil // the caller's stack holds it now
				w = whyNot
				t.afterReturn()
				break
			}
			// The caller's error label: its traceback entry, then its
			// handlers.
			t.addTraceback(f, &cur)
			if t.tr != nil {
				t.traceException(f, &cur)
			}
			if w = t.unwind(f, whyException, cur, nil); w == whyNot {
				cur = py.ExceptionInfo{}
			}
		}
		if w == whyNot {
			continue
		}
		return t.exit(f, w, cur, retval)
	}
}

// exit is how run ends once the block stack has no place to go.
func (t *thread) exit(f *frame, w why, cur py.ExceptionInfo, retval py.Object) (py.Object, error) {
	if t.tr != nil {
		if w == whyException {
			return t.traceReturn(f, nil, cur)
		}
		return t.traceReturn(f, retval, nil)
	}
	switch w {
	case whyReturn:
		return retval, nil
	case whyException:
		return nil, cur
	}
	return nil, py.ExceptionNewf(py.SystemError, "vm: 'break' or 'continue' outside a loop")
}

// unwind pops f's block stack for a break, continue, return or exception
// (w), as CPython 3.4's protocol requires of this bytecode: loops take
// break and continue, try blocks take exceptions, finally blocks take
// everything. It returns whyNot when execution goes on at f.pc, or the
// reason the frame is ending.
func (t *thread) unwind(f *frame, w why, cur py.ExceptionInfo, retval py.Object) why {
	for len(f.blocks) > 0 {
		b := f.blocks[len(f.blocks)-1]
		if isLoopBlock(b) && w == whyContinue {
			f.pc = int(retval.(py.Int))
			return whyNot
		}
		f.blocks = f.blocks[:len(f.blocks)-1]
		if b.Type == py.TryBlockExceptHandler {
			t.unwindExceptHandler(f, b)
			continue
		}
		if b.Type == tryBlockOwningArg {
			t.closeOwnedArg(f)
			continue
		}
		if b.Type == tryBlockOwningLoop && f.sp > b.Level {
			g, _ := f.stack[b.Level].(*py.Generator)
			f.unwindTo(b.Level)
			if g != nil {
				t.closeOwned(g)
			}
		}
		f.unwindTo(b.Level)
		if isLoopBlock(b) && w == whyBreak {
			f.pc = int(b.Handler)
			return whyNot
		}
		if w == whyException && (b.Type == py.TryBlockSetupExcept || b.Type == py.TryBlockSetupFinally) {
			t.enterHandler(f, cur)
			f.pc = int(b.Handler)
			return whyNot
		}
		if b.Type == py.TryBlockSetupFinally {
			if w == whyReturn || w == whyContinue {
				f.push(retval)
			}
			f.push(py.Int(w))
			f.pc = int(b.Handler)
			return whyNot
		}
	}
	return w
}

// leaveInline ends f, a frame called inline, and returns its caller with
// the call's slots popped.
func (t *thread) leaveInline(f *frame) *frame {
	caller, base := f.back, f.callBase
	t.top = caller
	t.depth--
	t.release(f)
	caller.unwindTo(base)
	return caller
}

// unwindTo pops the value stack down to level.
func (f *frame) unwindTo(level int) {
	if f.sp > level {
		clearSlots(f.stack[level:f.sp]) // few slots: cheaper than clear
		f.sp = level
	}
}

// panicked turns a Go panic inside an opcode into SystemError, so that a
// bug in an operation is a Python exception and never a crash.
func (t *thread) panicked(f *frame, r any) error {
	e := py.ExceptionNewf(py.SystemError, "internal error in the interpreter: %v", r)
	cur := py.ExceptionInfo{Type: e.Type(), Value: e}
	t.addTraceback(f, &cur)
	return cur
}

func cellName(c *code, i int) string {
	if i < len(c.py.Cellvars) {
		return c.py.Cellvars[i]
	}
	return c.py.Freevars[i-len(c.py.Cellvars)]
}

// unboundLocal is the error of reading local i of c before it is bound.
func unboundLocal(c *code, i int32) error {
	return unboundName(c.py.Varnames[i])
}

func unboundName(name string) error {
	return py.ExceptionNewf(py.UnboundLocalError, "local variable '%s' referenced before assignment", name)
}

func unboundDeref(c *code, i int) error {
	name := cellName(c, i)
	if i < len(c.py.Cellvars) {
		return unboundName(name)
	}
	return py.ExceptionNewf(py.NameError, "free variable '%s' referenced before assignment in enclosing scope", name)
}

// PrintExpr writes the repr of an expression statement's value in
// interactive mode. It is gpython's vm.PrintExpr, read at each use, since
// gpython's REPL points that at its terminal while it runs.
func PrintExpr(repr string) { gvm.PrintExpr(repr) }

func (t *thread) printExpr(f *frame, v py.Object) error {
	if hook, ok, err := replacedDisplayhook(f.ctx); err != nil || ok {
		if err == nil {
			_, err = t.callObject(f, hook, []py.Object{v}, nil, nil)
		}
		return err
	}
	if v == py.None {
		return nil
	}
	f.builtins["_"] = py.None
	namespacesChanged()
	r, err := Repr(v)
	if err != nil {
		return err
	}
	PrintExpr(r)
	f.builtins["_"] = v
	namespacesChanged()
	return nil
}

// loadGlobal pushes the global or builtin name (LOAD_GLOBAL, and
// LOAD_NAME past the locals).
func (f *frame) loadGlobal(name string) error {
	if v, ok := f.globals[name]; ok {
		f.push(v)
		return nil
	}
	if v, ok := f.builtins[name]; ok {
		f.push(v)
		return nil
	}
	v, err := dottedName(f, name)
	if err == nil {
		f.push(v)
	}
	return err
}

// deleteName implements DELETE_NAME and DELETE_GLOBAL on namespace ns.
func deleteName(ns py.StringDict, name string) error {
	if _, ok := ns[name]; !ok {
		return py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
	}
	delete(ns, name)
	namespacesChanged()
	if execDictsLive.Load() != 0 {
		execDictDeleted(ns, name) // exec_namespace.go
	}
	return nil
}

// dottedName resolves a name that was not found. gpython's compiler emits
// a decorator `@a.b` as one name "a.b": it is looked up as a, then its
// attributes. Any other name is a NameError.
func dottedName(f *frame, name string) (py.Object, error) {
	first, rest, dotted := strings.Cut(name, ".")
	if !dotted {
		if sameMap(f.builtins, opaqueBuiltins) {
			return opaqueBuiltin(f, name) // exec_namespace.go
		}
		return nil, py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
	}
	v, ok := f.locals[first]
	if !ok {
		for i, n := range f.c.py.Varnames {
			if n == first && i < f.c.nlocals && f.fast[i] != nil {
				v, ok = f.fast[i], true
				break
			}
		}
	}
	if !ok {
		for i := 0; i < f.c.nfast-f.c.nlocals; i++ {
			if cellName(f.c, i) == first {
				if cell, isCell := f.fast[f.c.nlocals+i].(*py.Cell); isCell && cell.Get() != nil {
					v, ok = cell.Get(), true
				}
				break
			}
		}
	}
	if !ok {
		v, ok = f.globals[first]
	}
	if !ok {
		v, ok = f.builtins[first]
	}
	if !ok {
		return nil, py.ExceptionNewf(py.NameError, "name '%s' is not defined", first)
	}
	for _, attr := range strings.Split(rest, ".") {
		var err error
		if v, err = GetAttr(v, attr); err != nil {
			return nil, err
		}
	}
	return v, nil
}
