package host

import (
	"math"
	"strings"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// format(complex, spec) as CPython 3.6 does it: each part is formatted as
// a float under the spec's type and precision, the imaginary part always
// signed and followed by "j", and the whole padded to the width. With no
// type the parts take their shortest repr (or %g under a precision) and a
// nonzero or negative-zero real part puts the number in parentheses, as
// str() shows it.
func formatComplex(c complex128, spec string) (string, error) {
	f, err := parseSpec(spec, "complex", '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", pyutil.ValueErrorf("Unknown format code '%c' for object of type 'complex'", f.typ)
	}
	if f.fill == '0' {
		return "", pyutil.ValueErrorf("Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return "", pyutil.ValueErrorf("'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	part := f
	part.width, part.fill, part.align = -1, ' ', 0
	shortest := false
	parens, showReal := false, true
	if f.typ == 0 {
		if f.precision < 0 {
			shortest = true
		} else {
			part.typ = 'g'
		}
		if re == 0 && !math.Signbit(re) {
			showReal = false
		} else {
			parens = true
		}
	} else if f.typ == 'n' {
		part.typ = 'g'
	}
	render := func(x float64, sign byte) (string, error) {
		p := part
		p.sign = sign
		s, err := formatFloatSpec(x, p)
		if shortest && strings.HasSuffix(s, ".0") {
			// No ".0" for a whole part; "#" keeps the point.
			s = strings.TrimSuffix(s, "0")
			if !p.alt {
				s = strings.TrimSuffix(s, ".")
			}
		}
		return s, err
	}
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	imSign := f.sign
	if showReal {
		s, err := render(re, f.sign)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
		imSign = '+'
	}
	s, err := render(im, imSign)
	if err != nil {
		return "", err
	}
	b.WriteString(s)
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	return f.pad("", b.String(), '>'), nil
}
