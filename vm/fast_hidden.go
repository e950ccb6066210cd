package vm

// Every traceback entry asks isHiddenCode, whose two lookups hash the
// code's file name (a full path) each time: a loop that raises and
// catches paid for it per raise. The answer never changes for a code
// object (hiddenCode is filled before any code runs), so the decoded code
// keeps it once asked; it goes with the code.

const (
	hiddenUnknown int8 = iota
	hiddenNo
	hiddenYes
)

// isHidden is isHiddenCode(c.py), asked once per code.
func (c *code) isHidden() bool {
	if c.hidden == hiddenUnknown {
		c.hidden = hiddenNo
		if isHiddenCode(c.py) {
			c.hidden = hiddenYes
		}
	}
	return c.hidden == hiddenYes
}
