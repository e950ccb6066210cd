package pycsv

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// ReaderType is _csv.reader, the type of what csv.reader returns.
var ReaderType = py.ObjectType.NewType("_csv.reader", readerTypeDoc, nil, nil)

const readerTypeDoc = `The iterator csv.reader returns: each next() reads as many input lines
as one record takes and gives its fields as a list.`

const readerDoc = `_reader(iterator, dialect) -> _csv.reader

The parser behind csv.reader: iterator yields lines (str), dialect is a
validated csv._Format.`

// The parser's states, those of CPython's _csv.c.
const (
	startRecord = iota
	startField
	escapedChar
	inField
	inQuotedField
	escapeInQuotedField
	quoteInQuotedField
	eatCRNL
	afterEscapedCRNL
)

// eol stands for the end of an input line in the parser's input.
const eol rune = -1

// reader parses the lines of an iterator into records.
type reader struct {
	lines   py.Object // the input iterator
	dialect py.Object // the csv._Format it was made with
	p       *params
	lineNum int64

	state    int
	fields   []py.Object
	field    []byte // the field being read, UTF-8 (WTF-8)
	fieldLen int64  // its length in characters
	numeric  bool   // convert the field to float (QUOTE_NONNUMERIC, unquoted)
	limit    int64  // the field size limit for the record being read
}

func (*reader) Type() *py.Type                  { return ReaderType }
func (r *reader) M__iter__() (py.Object, error) { return r, nil }

func setupReader() {
	ReaderType.ObjectType = py.TypeType
	ReaderType.New = nil
	pyutil.IteratorMethods(ReaderType)
	ReaderType.Dict["dialect"] = pyutil.ReadOnly("_csv.reader", func(r *reader) py.Object { return r.dialect })
	ReaderType.Dict["line_num"] = pyutil.ReadOnly("_csv.reader", func(r *reader) py.Object { return py.Int(r.lineNum) })
	ready(ReaderType)
}

// ready gives t, made after gpython readied its own types, its MRO.
func ready(t *py.Type) {
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic("_csv: cannot ready " + t.Name + ": " + err.Error())
	}
}

// newReader is _reader(iterator, dialect).
func newReader(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("_reader() takes an iterator and a dialect")
	}
	it, err := vm.Iter(args[0])
	if err != nil {
		return nil, pyutil.TypeErrorf("argument 1 must be an iterator")
	}
	p, err := readParams(args[1])
	if err != nil {
		return nil, err
	}
	return &reader{lines: it, dialect: args[1], p: p}, nil
}

// M__next__ reads lines until they complete a record, which it returns as
// a list of str (of float, for QUOTE_NONNUMERIC's unquoted fields).
func (r *reader) M__next__() (py.Object, error) {
	r.fields = nil
	r.field = r.field[:0]
	r.fieldLen = 0
	r.numeric = false
	r.state = startRecord
	r.limit = fieldLimit.Load()
	for {
		line, ok, err := vm.Next(r.lines)
		if err != nil {
			return nil, err
		}
		if !ok {
			if r.fieldLen != 0 || r.state == inQuotedField {
				if r.p.strict {
					return nil, csvError("unexpected end of data")
				}
				if err := r.saveField(); err != nil {
					return nil, err
				}
				break
			}
			r.fields = nil
			return nil, py.StopIteration
		}
		s, isStr := line.(py.String)
		if !isStr {
			if v, ok := pyutil.BuiltinValue(line); ok {
				s, isStr = v.(py.String)
			}
		}
		if !isStr {
			return nil, csvError("iterator should return strings, not %s (did you open the file in text mode?)", pyutil.TypeName(line))
		}
		r.lineNum++
		if err := r.parseLine(string(s)); err != nil {
			return nil, err
		}
		if r.state == startRecord {
			break
		}
	}
	out := py.NewListFromItems(r.fields)
	r.fields = nil
	return out, nil
}

// parseLine feeds one line, then the end of line, to the state machine.
// The runs of ordinary characters inside a field are copied whole.
func (r *reader) parseLine(s string) error {
	for i := 0; i < len(s); {
		if r.state == inField || r.state == inQuotedField {
			j := r.plainRun(s, i)
			if j > i {
				if err := r.addRun(s[i:j]); err != nil {
					return err
				}
				i = j
				continue
			}
		}
		c, w := rune(s[i]), 1
		if c >= 0x80 {
			c, w = pyutil.DecodeWTF8(s[i:])
		}
		if c == 0 {
			return csvError("line contains NULL byte")
		}
		if err := r.processChar(c, s[i:i+w]); err != nil {
			return err
		}
		i += w
	}
	return r.processChar(eol, "")
}

// plainRun is the end of the run of characters at s[i:] that the current
// state (inField or inQuotedField) only appends to the field.
func (r *reader) plainRun(s string, i int) int {
	p := r.p
	quoted := r.state == inQuotedField
	for i < len(s) {
		c, w := rune(s[i]), 1
		if c >= 0x80 {
			c, w = pyutil.DecodeWTF8(s[i:])
		}
		if c == 0 || c == p.escapechar {
			return i
		}
		if quoted {
			if c == p.quotechar {
				return i
			}
		} else if c == p.delimiter || c == '\n' || c == '\r' {
			return i
		}
		i += w
	}
	return i
}

// addChar appends one character, text its encoding, to the field.
func (r *reader) addChar(text string) error {
	if r.fieldLen >= r.limit {
		return csvError("field larger than field limit (%d)", r.limit)
	}
	r.field = append(r.field, text...)
	r.fieldLen++
	return nil
}

// addRun appends a run of characters to the field.
func (r *reader) addRun(text string) error {
	n := int64(vm.StrLen(text))
	if r.fieldLen+n > r.limit {
		return csvError("field larger than field limit (%d)", r.limit)
	}
	r.field = append(r.field, text...)
	r.fieldLen += n
	return nil
}

// saveField ends the field, appending it to the record.
func (r *reader) saveField() error {
	var v py.Object = py.String(r.field)
	r.field = r.field[:0]
	r.fieldLen = 0
	if r.numeric {
		r.numeric = false
		f, err := vm.Call(py.FloatType, py.Tuple{v}, nil)
		if err != nil {
			return err
		}
		v = f
	}
	r.fields = append(r.fields, v)
	return nil
}

// processChar advances the state machine by c (eol at a line's end),
// whose encoding in the line is text.
func (r *reader) processChar(c rune, text string) error {
	p := r.p
	switch r.state {
	case startRecord:
		if c == eol {
			return nil
		}
		if c == '\n' || c == '\r' {
			r.state = eatCRNL
			return nil
		}
		r.state = startField
		return r.startField(c, text)
	case startField:
		return r.startField(c, text)
	case escapedChar:
		if c == '\n' || c == '\r' {
			if err := r.addChar(text); err != nil {
				return err
			}
			r.state = afterEscapedCRNL
			return nil
		}
		if c == eol {
			text = "\n"
		}
		if err := r.addChar(text); err != nil {
			return err
		}
		r.state = inField
	case afterEscapedCRNL:
		if c == eol {
			return nil
		}
		r.state = inField
		return r.inField(c, text)
	case inField:
		return r.inField(c, text)
	case inQuotedField:
		switch {
		case c == eol:
		case c == p.escapechar:
			r.state = escapeInQuotedField
		case c == p.quotechar && p.quoting != quoteNone:
			if p.doublequote {
				r.state = quoteInQuotedField
			} else {
				r.state = inField
			}
		default:
			return r.addChar(text)
		}
	case escapeInQuotedField:
		if c == eol {
			text = "\n"
		}
		if err := r.addChar(text); err != nil {
			return err
		}
		r.state = inQuotedField
	case quoteInQuotedField:
		switch {
		case p.quoting != quoteNone && c == p.quotechar:
			if err := r.addChar(text); err != nil {
				return err
			}
			r.state = inQuotedField
		case c == p.delimiter:
			if err := r.saveField(); err != nil {
				return err
			}
			r.state = startField
		case c == '\n' || c == '\r' || c == eol:
			if err := r.saveField(); err != nil {
				return err
			}
			r.state = endState(c)
		case !p.strict:
			if err := r.addChar(text); err != nil {
				return err
			}
			r.state = inField
		default:
			return csvError("'%c' expected after '%c'", p.delimiter, p.quotechar)
		}
	case eatCRNL:
		switch {
		case c == '\n' || c == '\r':
		case c == eol:
			r.state = startRecord
		default:
			return csvError("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
		}
	}
	return nil
}

// endState is the state after a field ended by c, a line break or eol.
func endState(c rune) int {
	if c == eol {
		return startRecord
	}
	return eatCRNL
}

// startField handles c at the start of a field.
func (r *reader) startField(c rune, text string) error {
	p := r.p
	switch {
	case c == '\n' || c == '\r' || c == eol:
		if err := r.saveField(); err != nil {
			return err
		}
		r.state = endState(c)
	case c == p.quotechar && p.quoting != quoteNone:
		r.state = inQuotedField
	case c == p.escapechar:
		r.state = escapedChar
	case c == ' ' && p.skipinitialspace:
	case c == p.delimiter:
		if err := r.saveField(); err != nil {
			return err
		}
	default:
		if p.quoting == quoteNonnumeric {
			r.numeric = true
		}
		if err := r.addChar(text); err != nil {
			return err
		}
		r.state = inField
	}
	return nil
}

// inField handles c inside an unquoted field.
func (r *reader) inField(c rune, text string) error {
	p := r.p
	switch {
	case c == '\n' || c == '\r' || c == eol:
		if err := r.saveField(); err != nil {
			return err
		}
		r.state = endState(c)
	case c == p.escapechar:
		r.state = escapedChar
	case c == p.delimiter:
		if err := r.saveField(); err != nil {
			return err
		}
		r.state = startField
	default:
		return r.addChar(text)
	}
	return nil
}
