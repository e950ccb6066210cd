package compiler

// Jump threading, as CPython 3.6's peephole pass does it, over the
// decoded instructions (in place, in order, so that a backward jump sees
// the jumps before it already threaded, as 3.6's single pass does):
//
//   - a JUMP_IF_FALSE_OR_POP or JUMP_IF_TRUE_OR_POP whose target is
//     another conditional jump goes where that jump would send the value:
//     to its target when both jump on the same truth (the first jump
//     implies the second), else past it, popping the value as it jumps
//     (POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE), since the second jump then
//     never jumps;
//   - any other jump (and one of those two whose target is not a
//     conditional jump) whose target is an unconditional jump goes to
//     that jump's target instead, a JUMP_FORWARD becoming a
//     JUMP_ABSOLUTE; a relative jump is never made to go backwards.
//
// A conditional jump may so become a loop's back edge (`while c: ...
// if x: ...` sends the if's false branch straight to the loop's test):
// the loop runs its eval breaker (signals, Ctrl-C, another thread's
// turn) at every backward jump, whatever its opcode (vm/interrupt.go).
//
// A jump to a RETURN_VALUE is left to peephole (constfold.go). It reports
// whether any jump changed.

func threadJumps(ins []bcInstr) bool {
	at := indexByOffset(ins)
	changed := false
	for i := range ins {
		in := &ins[i]
		if jumpKind(in.op) == 0 || isJumpForwardZero(*in) {
			continue // gpython's JUMP_FORWARD 0 goes (peephole)
		}
	again:
		j, ok := at[in.tgt]
		if !ok {
			continue
		}
		for j+1 < len(ins) && isJumpForwardZero(ins[j]) {
			j++ // a jump to gpython's JUMP_FORWARD 0 lands after it
		}
		t := ins[j]
		if in.op == fJUMP_IF_FALSE_POP || in.op == fJUMP_IF_TRUE_POP {
			if conditionalJump(t.op) {
				if jumpsOnTrue(t.op) == jumpsOnTrue(in.op) {
					in.op, in.tgt = t.op, t.tgt // and pops as that jump does
				} else if j+1 < len(ins) && ins[j+1].off >= in.off {
					in.tgt = ins[j+1].off
					if in.op == fJUMP_IF_TRUE_POP {
						in.op = fPOP_JUMP_IF_TRUE
					} else {
						in.op = fPOP_JUMP_IF_FALSE
					}
				} else {
					continue
				}
				// The jump made is threaded again, as 3.6 goes over
				// it again: its new target may be a jump in turn.
				changed = true
				goto again
			}
		}
		if t.op != fJUMP_ABSOLUTE && t.op != fJUMP_FORWARD {
			continue
		}
		if t.tgt == t.off {
			continue // a jump to itself: nothing to gain
		}
		op := in.op
		if op == fJUMP_FORWARD {
			op = fJUMP_ABSOLUTE
		}
		if jumpKind(op) == relativeJump && t.tgt < in.end {
			continue
		}
		in.op, in.tgt = op, t.tgt
		changed = true
	}
	return changed
}

// conditionalJump reports whether op jumps or not by the truth of the
// top of the stack.
func conditionalJump(op byte) bool {
	switch op {
	case fPOP_JUMP_IF_FALSE, fPOP_JUMP_IF_TRUE, fJUMP_IF_FALSE_POP, fJUMP_IF_TRUE_POP:
		return true
	}
	return false
}

// jumpsOnTrue reports whether the conditional jump op jumps when the
// value is true.
func jumpsOnTrue(op byte) bool {
	return op == fPOP_JUMP_IF_TRUE || op == fJUMP_IF_TRUE_POP
}

// isJumpForwardZero reports whether in is a JUMP_FORWARD to the next
// instruction, which gpython emits after an if body and peephole drops.
func isJumpForwardZero(in bcInstr) bool {
	return in.op == fJUMP_FORWARD && in.arg == 0 && !in.ext && !in.keep
}
