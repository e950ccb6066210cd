package pyexpat

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

func prop(name string, get func(p *Parser) py.Object, set func(p *Parser, v py.Object) error) {
	pr := &py.Property{
		Fget: func(o py.Object) (py.Object, error) { return get(self(o)), nil },
		Fdel: func(py.Object) error { return py.ExceptionNewf(py.RuntimeError, "Cannot delete attribute") },
	}
	if set != nil {
		pr.Fset = func(o, v py.Object) error { return set(self(o), v) }
	} else {
		pr.Fset = func(py.Object, py.Object) error { return py.ExceptionNewf(py.AttributeError, "%s", name) }
	}
	XMLParserType.Dict[name] = pr
}

func intProp(name string, get func(p *Parser) int) {
	prop(name, func(p *Parser) py.Object { return py.Int(get(p)) }, nil)
}

// boolProp is a flag attribute: it reads as a bool and takes any object's
// truth value.
func boolProp(name string, field func(p *Parser) *bool, changed func(p *Parser, on bool)) {
	prop(name, func(p *Parser) py.Object { return py.NewBool(*field(p)) }, func(p *Parser, v py.Object) error {
		on, err := pyarg.Bool(v)
		if err != nil {
			return err
		}
		if changed != nil {
			changed(p, on)
		}
		*field(p) = on
		return nil
	})
}

func addProperties() {
	for i, name := range handlerNames {
		prop(name, func(p *Parser) py.Object {
			if h := p.handlers[i]; h != nil {
				return h
			}
			return py.None
		}, func(p *Parser, v py.Object) error {
			if v == py.None {
				v = nil
			}
			if i == hCharacterData && v == nil && !p.flush() {
				err := p.err
				p.err = nil
				return err
			}
			p.handlers[i] = v
			p.c.setHandler(i, v != nil)
			return nil
		})
	}
	boolProp("buffer_text", func(p *Parser) *bool { return &p.bufferText }, func(p *Parser, on bool) {
		if !on {
			p.flush()
		}
	})
	prop("buffer_size", func(p *Parser) py.Object { return py.Int(p.bufferSize) }, func(p *Parser, v py.Object) error {
		// PyLong_Check: an int, a bool or an int subclass; a value past
		// a C long is OverflowError.
		b := pyarg.IntValue(v)
		if b == nil {
			return pyutil.TypeErrorf("buffer_size must be an integer")
		}
		if !b.IsInt64() {
			return py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		n := b.Int64()
		if n <= 0 {
			return pyutil.ValueErrorf("buffer_size must be greater than zero")
		}
		if n > 1<<31-1 {
			return py.ExceptionNewf(py.ValueError, "buffer_size must not be greater than %d", 1<<31-1)
		}
		if int(n) != p.bufferSize && len(p.buf) > 0 {
			if !p.flush() {
				err := p.err
				p.err = nil
				return err
			}
		}
		p.bufferSize = int(n)
		return nil
	})
	intProp("buffer_used", func(p *Parser) int { return len(p.buf) })
	boolProp("ordered_attributes", func(p *Parser) *bool { return &p.orderedAttrs }, nil)
	boolProp("specified_attributes", func(p *Parser) *bool { return &p.specifiedAttrs }, nil)
	boolProp("namespace_prefixes", func(p *Parser) *bool { return &p.nsPrefixes }, func(p *Parser, on bool) {
		p.c.setReturnNSTriplet(on)
	})
	prop("intern", func(p *Parser) py.Object {
		if p.intern == nil {
			return py.None
		}
		return p.intern
	}, nil)
	intProp("ErrorCode", func(p *Parser) int { return p.c.errorCode() })
	intProp("ErrorLineNumber", func(p *Parser) int { return p.c.lineNumber() })
	intProp("ErrorColumnNumber", func(p *Parser) int { return p.c.columnNumber() })
	intProp("ErrorByteIndex", func(p *Parser) int { return p.c.byteIndex() })
	intProp("CurrentLineNumber", func(p *Parser) int { return p.c.lineNumber() })
	intProp("CurrentColumnNumber", func(p *Parser) int { return p.c.columnNumber() })
	intProp("CurrentByteIndex", func(p *Parser) int { return p.c.byteIndex() })
}
