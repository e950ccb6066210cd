package pyenum

import (
	"fmt"
	"strconv"
)

// gpython's str % args hands the arguments to Go's fmt.Sprintf, turning
// %s into %v and %r into %#v. Members implement fmt.Formatter so that
// '%d' % VerifyMode.CERT_REQUIRED gives '2', '%s' the str and '%r' the
// repr, as in CPython.

// fmtSpec rebuilds the verb with its flags, width and precision.
func fmtSpec(f fmt.State, verb rune) string {
	spec := "%"
	for _, fl := range "+-# 0" {
		if f.Flag(int(fl)) {
			spec += string(fl)
		}
	}
	if w, ok := f.Width(); ok {
		spec += strconv.Itoa(w)
	}
	if p, ok := f.Precision(); ok {
		spec += "." + strconv.Itoa(p)
	}
	return spec + string(verb)
}

// Format implements fmt.Formatter: integer and float verbs format the
// value, %v the str (%#v the repr).
func (m *IntMember) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('#') {
			fmt.Fprint(f, m.reprString())
		} else {
			fmt.Fprint(f, m.strString())
		}
	case 'e', 'E', 'f', 'F', 'g', 'G':
		fmt.Fprintf(f, fmtSpec(f, verb), float64(m.v))
	default:
		fmt.Fprintf(f, fmtSpec(f, verb), m.v)
	}
}

// Format implements fmt.Formatter: %v is the str, %#v the repr.
func (m *Member) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		r, err := m.M__repr__()
		if err == nil {
			fmt.Fprint(f, r)
			return
		}
	}
	fmt.Fprint(f, m.cls.name+"."+m.name)
}

var (
	_ fmt.Formatter = (*IntMember)(nil)
	_ fmt.Formatter = (*Member)(nil)
)
