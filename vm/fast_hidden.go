package vm

// Every traceback entry asks isHiddenCode, whose two lookups hash the
// code's file name (a full path) each time: a loop that raises and
// catches paid for it per raise. The answer never changes for a code
// object (hiddenCode is filled before any code runs), so the decoded code
// keeps it once asked; it goes with the code. The decoded code is shared
// by every thread and interpreter running it, so the answer is kept
// atomically (two first asks race to store the same value).

const (
	hiddenUnknown int8 = iota
	hiddenNo
	hiddenYes
)

// isHidden is isHiddenCode(c.py), asked once per code.
func (c *code) isHidden() bool {
	h := int8(c.hidden.Load())
	if h == hiddenUnknown {
		h = hiddenNo
		if isHiddenCode(c.py) {
			h = hiddenYes
		}
		c.hidden.Store(int32(h))
	}
	return h == hiddenYes
}
