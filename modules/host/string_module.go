package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The _string module: str.format's own parser, exposed for
// string.Formatter (Lib/modules/string.py), as in CPython.

// FormatterIteratorType is the type of _string.formatter_parser's
// iterators.
var FormatterIteratorType = py.ObjectType.NewType("formatteriterator", "", nil, nil)

// FieldNameIteratorType is the type of the accessor iterators that
// _string.formatter_field_name_split returns.
var FieldNameIteratorType = py.ObjectType.NewType("fieldnameiterator", "", nil, nil)

// formatterIterator yields (literal, field_name, format_spec, conversion)
// for each chunk of a format string; a syntax error is raised when the
// iteration reaches it.
type formatterIterator struct {
	text string
	pos  int
	done bool
}

// Type returns FormatterIteratorType.
func (*formatterIterator) Type() *py.Type { return FormatterIteratorType }

// M__iter__ returns the iterator itself.
func (it *formatterIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ parses the next chunk.
func (it *formatterIterator) M__next__() (py.Object, error) {
	if it.done || it.pos >= len(it.text) {
		it.done = true
		return nil, py.StopIteration
	}
	c, next, err := nextChunk(it.text, it.pos)
	if err != nil {
		it.done = true
		return nil, err
	}
	it.pos = next
	if !c.hasField {
		return py.Tuple{py.String(c.literal), py.None, py.None, py.None}, nil
	}
	var conv py.Object = py.None
	if c.conv != 0 {
		conv = py.String(string(c.conv))
	}
	return py.Tuple{py.String(c.literal), py.String(c.name), py.String(c.spec), conv}, nil
}

// fieldNameIterator yields (is_attribute, key) for each accessor of a
// field name.
type fieldNameIterator struct {
	rest string
	done bool
}

// Type returns FieldNameIteratorType.
func (*fieldNameIterator) Type() *py.Type { return FieldNameIteratorType }

// M__iter__ returns the iterator itself.
func (it *fieldNameIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ reads the next accessor.
func (it *fieldNameIterator) M__next__() (py.Object, error) {
	if it.done || it.rest == "" {
		it.done = true
		return nil, py.StopIteration
	}
	a, rest, err := nextAccessor(it.rest)
	if err != nil {
		it.done = true
		return nil, err
	}
	it.rest = rest
	return py.Tuple{py.NewBool(a.attribute), fieldKey(a.key, a.index)}, nil
}

// stringArgument is the one str argument of the _string functions.
func stringArgument(fn string, args py.Tuple, kwargs py.StringDict) (string, error) {
	if err := pyarg.ExactlyOne(fn, args, kwargs); err != nil {
		return "", err
	}
	s, ok := pyutil.Unwrap(args[0]).(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("expected str, got %s", pyutil.TypeName(args[0]))
	}
	return string(s), nil
}

func string_formatter_parser(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	s, err := stringArgument("formatter_parser", args, kwargs)
	if err != nil {
		return nil, err
	}
	return &formatterIterator{text: s}, nil
}

func string_formatter_field_name_split(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	s, err := stringArgument("formatter_field_name_split", args, kwargs)
	if err != nil {
		return nil, err
	}
	head, index, rest, err := splitFieldName(s)
	if err != nil {
		return nil, err
	}
	return py.Tuple{fieldKey(head, index), &fieldNameIterator{rest: rest}}, nil
}

func init() {
	pyutil.IteratorMethods(FormatterIteratorType)
	pyutil.IteratorMethods(FieldNameIteratorType)
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_string", Doc: "string helper module"},
		Methods: []*py.Method{
			py.MustNewMethod("formatter_parser", string_formatter_parser, 0, "parse the argument as a format string"),
			py.MustNewMethod("formatter_field_name_split", string_formatter_field_name_split, 0, "split the argument as a field name"),
		},
	})
}
