package pycsv

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// WriterType is _csv.writer, the type of what csv.writer returns.
var WriterType = py.ObjectType.NewType("_csv.writer", writerTypeDoc, nil, nil)

const writerTypeDoc = `The object csv.writer returns: writerow and writerows turn sequences of
values into delimited, quoted lines for the file's write method.`

const writerDoc = `_writer(write, dialect) -> _csv.writer

The formatter behind csv.writer: write is the file's write method,
dialect a validated csv._Format.`

const writerowDoc = `writerow(row)

Format the values of the iterable row as one line, str() applied to any
value that is not a str (None is empty), and pass it to the file's write;
return what write returned.`

const writerowsDoc = `writerows(rows)

Call writerow for every item of the iterable rows.`

// writer formats records and passes each line to write.
type writer struct {
	write   py.Object
	dialect py.Object
	p       *params
	line    strings.Builder
}

func (*writer) Type() *py.Type { return WriterType }

func setupWriter() {
	WriterType.ObjectType = py.TypeType
	WriterType.New = nil
	WriterType.Dict["dialect"] = pyutil.ReadOnly("_csv.writer", func(w *writer) py.Object { return w.dialect })
	WriterType.Dict["writerow"] = pyutil.Method(WriterType, "writerow", func(w *writer, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, oneArg("writerow", args, kwargs)
		}
		return w.writeRow(args[0])
	}, writerowDoc)
	WriterType.Dict["writerows"] = pyutil.Method(WriterType, "writerows", func(w *writer, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, oneArg("writerows", args, kwargs)
		}
		rows, err := vm.Iter(args[0])
		if err != nil {
			return nil, pyutil.TypeErrorf("writerows() argument must be iterable")
		}
		for {
			row, ok, err := vm.Next(rows)
			if err != nil {
				return nil, err
			}
			if !ok {
				return py.None, nil
			}
			if _, err := w.writeRow(row); err != nil {
				return nil, err
			}
		}
	}, writerowsDoc)
	ready(WriterType)
}

// oneArg is the TypeError of a METH_O method called with another shape.
func oneArg(name string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	return pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
}

// newWriter is _writer(write, dialect).
func newWriter(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("_writer() takes a write method and a dialect")
	}
	p, err := readParams(args[1])
	if err != nil {
		return nil, err
	}
	return &writer{write: args[0], dialect: args[1], p: p}, nil
}

// writeRow formats the fields of row as one line and returns what the
// file's write returned for it.
func (w *writer) writeRow(row py.Object) (py.Object, error) {
	it, err := vm.Iter(row)
	if err != nil {
		return nil, csvError("iterable expected, not %s", pyutil.TypeName(row))
	}
	p := w.p
	w.line.Reset()
	n := 0
	for {
		field, ok, err := vm.Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if n > 0 {
			w.line.WriteRune(p.delimiter)
		}
		n++
		var text string
		quoted := false
		switch p.quoting {
		case quoteNonnumeric:
			quoted = !isNumber(field)
		case quoteAll:
			quoted = true
		}
		switch v := field.(type) {
		case py.String:
			text = string(v)
		case py.NoneType:
		case py.Float:
			text = pyrepr.FloatRepr(float64(v))
		default:
			if s, ok := pyutil.BuiltinValue(field); ok {
				if s, ok := s.(py.String); ok {
					text = string(s)
					break
				}
			}
			s, err := pyrepr.Str(field)
			if err != nil {
				return nil, err
			}
			text = s
		}
		if err := w.appendField(text, quoted); err != nil {
			return nil, err
		}
	}
	// A record of one empty field would read back as no field at all.
	if n == 1 && w.line.Len() == 0 {
		if p.quoting == quoteNone {
			return nil, csvError("single empty field record must be quoted")
		}
		w.line.WriteRune(p.quotechar)
		w.line.WriteRune(p.quotechar)
	}
	w.line.WriteString(p.lineterminator)
	return vm.Call(w.write, py.Tuple{py.String(w.line.String())}, nil)
}

// appendField appends text to the line, escaped, and quoted when quoted
// is set or a character of text needs it (QUOTE_MINIMAL's rule).
func (w *writer) appendField(text string, quoted bool) error {
	p := w.p
	if !w.special(text) {
		// Nothing to escape or double: the text goes as it is.
		if quoted {
			w.line.WriteRune(p.quotechar)
		}
		w.line.WriteString(text)
		if quoted {
			w.line.WriteRune(p.quotechar)
		}
		return nil
	}
	var body strings.Builder
	for i := 0; i < len(text); {
		c, n := rune(text[i]), 1
		if c >= 0x80 {
			c, n = pyutil.DecodeWTF8(text[i:])
		}
		if c == p.delimiter || c == p.escapechar || c == p.quotechar || strings.ContainsRune(p.lineterminator, c) {
			escape := false
			if p.quoting == quoteNone {
				escape = true
			} else {
				if c == p.quotechar {
					if p.doublequote {
						body.WriteRune(p.quotechar)
					} else {
						escape = true
					}
				}
				if !escape {
					quoted = true
				}
			}
			if escape {
				if p.escapechar == 0 {
					return csvError("need to escape, but no escapechar set")
				}
				body.WriteRune(p.escapechar)
			}
		}
		body.WriteString(text[i : i+n])
		i += n
	}
	if quoted {
		w.line.WriteRune(p.quotechar)
	}
	w.line.WriteString(body.String())
	if quoted {
		w.line.WriteRune(p.quotechar)
	}
	return nil
}

// special reports whether text holds a character the dialect gives a
// meaning: the delimiter, the escape or quote character, or one of the
// line terminator's.
func (w *writer) special(text string) bool {
	p := w.p
	for i := 0; i < len(text); {
		c, n := rune(text[i]), 1
		if c >= 0x80 {
			c, n = pyutil.DecodeWTF8(text[i:])
		}
		if c == p.delimiter || c == p.escapechar || c == p.quotechar || strings.ContainsRune(p.lineterminator, c) {
			return true
		}
		i += n
	}
	return false
}

// isNumber is 3.6's PyNumber_Check: int, float, complex, or a type with
// __int__ or __float__.
func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float, py.Complex:
		return true
	}
	t := o.Type()
	return t.Lookup("__int__") != nil || t.Lookup("__float__") != nil
}
