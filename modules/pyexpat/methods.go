package pyexpat

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// readSize is how much ParseFile asks read() for at a time.
const readSize = 2048

func self(o py.Object) *Parser { return o.(*Parser) }

// method registers a method of xmlparser guarded against Go panics.
func method(name, doc string, fn func(p *Parser, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	XMLParserType.Dict[name] = py.MustNewMethod(name, func(o py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		return fn(self(o), args, kwargs)
	}, 0, doc)
}

func init() {
	method("Parse", "Parse(data, isfinal=False)\n\nFeed data (str or bytes) to the parser; isfinal marks the last piece.", parseMethod)
	method("ParseFile", "ParseFile(file)\n\nParse everything read() of file returns, as bytes.", parseFile)
	method("SetBase", "SetBase(base)\n\nSet the base URI used to resolve relative system identifiers.", setBase)
	method("GetBase", "GetBase()\n\nThe base URI set with SetBase, or None.", getBase)
	method("GetInputContext", "GetInputContext()\n\nThe input bytes from the current event on, inside a handler; else None.", getInputContext)
	method("ExternalEntityParserCreate", "ExternalEntityParserCreate(context, encoding=None)\n\nA parser for an external entity referenced from this document.", externalEntityParserCreate)
	method("SetParamEntityParsing", "SetParamEntityParsing(flag)\n\nChoose when parameter entities, the external DTD subset included, are parsed.", setParamEntityParsing)
	method("UseForeignDTD", "UseForeignDTD(flag=True)\n\nLoad an external DTD through ExternalEntityRefHandler even without a doctype.", useForeignDTD)
	addProperties()
}

func parseMethod(p *Parser, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("Parse", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("Parse", args, 1, 2); err != nil {
		return nil, err
	}
	final := false
	if len(args) > 1 {
		n, err := pyarg.Int(args[1])
		if err != nil {
			return nil, err
		}
		final = n != 0
	}
	var data []byte
	if s, ok := args[0].(py.String); ok {
		data = []byte(string(s))
		p.c.setEncoding("utf-8")
	} else {
		b, err := pyarg.BytesLike(args[0])
		if err != nil {
			return nil, err
		}
		data = b
	}
	return p.result(p.run(data, final))
}

func parseFile(p *Parser, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("ParseFile", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("ParseFile", args, 1, 1); err != nil {
		return nil, err
	}
	read, err := py.GetAttrString(args[0], "read")
	if err != nil {
		return nil, pyutil.TypeErrorf("argument must have 'read' attribute")
	}
	for {
		got, err := vm.Call(read, py.Tuple{py.Int(readSize)}, nil)
		if err != nil {
			return nil, err
		}
		b, ok := got.(py.Bytes)
		if !ok {
			return nil, pyutil.TypeErrorf("read() did not return a bytes object (type=%s)", pyutil.TypeName(got))
		}
		if len(b) > readSize {
			return nil, pyutil.ValueErrorf("read() returned too much data: %d bytes requested, %d returned", readSize, len(b))
		}
		rc, err := p.run(b, len(b) == 0)
		if err != nil || rc == 0 || len(b) == 0 {
			return p.result(rc, err)
		}
	}
}

// strArg is a "s" argument: a str, with CPython 3.6's message otherwise.
func strArg(fn string, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("%s() argument must be str, not %s", fn, pyutil.TypeName(o))
	}
	return string(s), nil
}

func setBase(p *Parser, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("SetBase", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("SetBase", args, 1, 1); err != nil {
		return nil, err
	}
	s, err := strArg("SetBase", args[0])
	if err != nil {
		return nil, err
	}
	if !p.c.setBase(s) {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	return py.None, nil
}

func getBase(p *Parser, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("GetBase", args, kwargs); err != nil {
		return nil, err
	}
	if s, ok := p.c.base(); ok {
		return py.String(s), nil
	}
	return py.None, nil
}

func getInputContext(p *Parser, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("GetInputContext", args, kwargs); err != nil {
		return nil, err
	}
	if !p.parsing {
		return py.None, nil
	}
	if b, ok := p.c.inputContext(); ok {
		return py.Bytes(b), nil
	}
	return py.None, nil
}

func externalEntityParserCreate(p *Parser, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("ExternalEntityParserCreate", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("ExternalEntityParserCreate", args, 1, 2); err != nil {
		return nil, err
	}
	var context, encoding *string
	if args[0] != py.None {
		s, err := strArg("ExternalEntityParserCreate", args[0])
		if err != nil {
			return nil, pyutil.TypeErrorf("ExternalEntityParserCreate() argument 1 must be str or None, not %s", pyutil.TypeName(args[0]))
		}
		context = &s
	}
	if len(args) > 1 {
		s, err := strArg("ExternalEntityParserCreate", args[1])
		if err != nil {
			return nil, pyutil.TypeErrorf("ExternalEntityParserCreate() argument 2 must be str, not %s", pyutil.TypeName(args[1]))
		}
		encoding = &s
	}
	c := p.c.newChild(context, encoding)
	if c == nil {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	child := newParser(c, p.intern)
	child.parent = p
	child.bufferText = p.bufferText
	child.bufferSize = p.bufferSize
	child.orderedAttrs = p.orderedAttrs
	child.specifiedAttrs = p.specifiedAttrs
	child.nsPrefixes = p.nsPrefixes
	for i, h := range p.handlers {
		if h != nil {
			child.handlers[i] = h
			c.setHandler(i, true)
		}
	}
	return child, nil
}

func setParamEntityParsing(p *Parser, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("SetParamEntityParsing", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("SetParamEntityParsing", args, 1, 1); err != nil {
		return nil, err
	}
	n, err := pyarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	return py.Int(p.c.setParamEntityParsing(n)), nil
}

func useForeignDTD(p *Parser, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("UseForeignDTD", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("UseForeignDTD", args, 0, 1); err != nil {
		return nil, err
	}
	flag := true
	if len(args) > 0 {
		b, err := pyarg.Bool(args[0])
		if err != nil {
			return nil, err
		}
		flag = b
	}
	if code := p.c.useForeignDTD(flag); code != 0 {
		return nil, expatError(code, p.c.lineNumber(), p.c.columnNumber())
	}
	return py.None, nil
}
