package pycsv

import (
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The quoting styles, csv.QUOTE_*.
const (
	quoteMinimal = iota
	quoteAll
	quoteNonnumeric
	quoteNone
)

// params are a validated dialect's parameters as the parser and the
// writer use them. A character that is not set is 0, as in CPython's
// Py_UCS4 fields: the reader never sees a NUL (a line holding one is an
// error), and the writer treats a NUL in a field as matching an unset
// escapechar or quotechar, as 3.6's writer does.
type params struct {
	delimiter, escapechar, quotechar rune
	lineterminator                   string
	quoting                          int
	doublequote, skipinitialspace    bool
	strict                           bool
}

// readParams reads the parameters of dialect, a csv._Format object the
// Python half has validated; a value of another shape (a dialect object
// built some other way) still gets a TypeError rather than a panic.
func readParams(dialect py.Object) (*params, error) {
	p := &params{}
	for _, c := range []struct {
		name string
		dst  *rune
	}{{"delimiter", &p.delimiter}, {"escapechar", &p.escapechar}, {"quotechar", &p.quotechar}} {
		v, err := vm.GetAttr(dialect, c.name)
		if err != nil {
			return nil, err
		}
		if v == py.None {
			continue
		}
		s, ok := v.(py.String)
		if !ok || utf8.RuneCountInString(string(s)) != 1 {
			return nil, csvError("\"%s\" must be a 1-character string", c.name)
		}
		*c.dst, _ = utf8.DecodeRuneInString(string(s))
	}
	v, err := vm.GetAttr(dialect, "lineterminator")
	if err != nil {
		return nil, err
	}
	s, ok := v.(py.String)
	if !ok {
		return nil, csvError("\"lineterminator\" must be a string")
	}
	p.lineterminator = string(s)
	for _, c := range []struct {
		name string
		dst  *bool
	}{{"doublequote", &p.doublequote}, {"skipinitialspace", &p.skipinitialspace}, {"strict", &p.strict}} {
		v, err := vm.GetAttr(dialect, c.name)
		if err != nil {
			return nil, err
		}
		if *c.dst, err = vm.Truth(v); err != nil {
			return nil, err
		}
	}
	v, err = vm.GetAttr(dialect, "quoting")
	if err != nil {
		return nil, err
	}
	q, ok := v.(py.Int)
	if !ok || q < quoteMinimal || q > quoteNone {
		return nil, csvError("bad \"quoting\" value")
	}
	p.quoting = int(q)
	return p, nil
}
