package pyexpat

import (
	"fmt"
	"math"
	"runtime/cgo"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// XMLParserType is pyexpat.xmlparser; ParserCreate makes its instances.
var XMLParserType = py.NewTypeX("xmlparser", "An Expat parser with Python handlers; ParserCreate() makes one.", refuseNew, nil)

func refuseNew(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
	return nil, pyutil.TypeErrorf("cannot create 'pyexpat.xmlparser' instances")
}

// defaultBufferSize is buffer_size until a script changes it.
const defaultBufferSize = 8192

// Parser is one xmlparser: an expat parser, its Python handlers and the
// character-data buffer. It is used under the interpreter lock only.
type Parser struct {
	c        *cparser
	parent   *Parser // an external-entity parser keeps its parent alive
	handlers [nHandlers]py.Object
	intern   *vm.Dict // nil: names are not interned

	bufferText     bool
	bufferSize     int
	buf            []byte
	orderedAttrs   bool
	specifiedAttrs bool
	nsPrefixes     bool

	// err is the exception a handler raised in the parse call in
	// progress; once set, the parse is stopped and no handler runs.
	err     error
	parsing bool
}

// Type returns pyexpat.xmlparser.
func (p *Parser) Type() *py.Type { return XMLParserType }

// M__repr__ is object's default repr.
func (p *Parser) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<pyexpat.xmlparser object at %p>", p)), nil
}

// M__setattr__ refuses attributes xmlparser does not have (its own are
// properties, set before this is consulted), with CPython's message: the
// bare name.
func (p *Parser) M__setattr__(name string, _ py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.AttributeError, "%s", name)
}

// parserSetattr is xmlparser.__setattr__ called as a method: the name
// must be a str, then the assignment runs as p.name = value does.
func parserSetattr(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments, got %d", len(args))
	}
	if _, ok := args[0].(py.String); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
	}
	return py.SetAttr(self, args[0], args[1])
}

func init() {
	XMLParserType.Dict["__setattr__"] = py.MustNewMethod("__setattr__", parserSetattr, 0, "Sets one of the parser's handlers or options by name.")
}

func newParser(c *cparser, intern *vm.Dict) *Parser {
	p := &Parser{c: c, intern: intern, bufferSize: defaultBufferSize}
	c.own(p)
	return p
}

// name is a name from expat as Python str, through the intern dict.
func (p *Parser) name(s string) py.Object {
	v := py.String(s)
	if p.intern == nil {
		return v
	}
	if old, ok, _ := p.intern.GetItem(v); ok {
		return old
	}
	_ = p.intern.SetItem(v, v)
	return v
}

// attributes is a start tag's attributes as the dict (or, with
// ordered_attributes, the flat list) its handler receives.
func (p *Parser) attributes(pairs []string) py.Object {
	if p.orderedAttrs {
		items := make([]py.Object, len(pairs))
		for i, s := range pairs {
			if i%2 == 0 {
				items[i] = p.name(s)
			} else {
				items[i] = py.String(s)
			}
		}
		return py.NewListFromItems(items)
	}
	d := vm.NewDict(len(pairs) / 2)
	for i := 0; i+1 < len(pairs); i += 2 {
		_ = d.SetItem(p.name(pairs[i]), py.String(pairs[i+1]))
	}
	return d
}

// model is a content model as CPython's nested tuples (type, quant,
// name, children).
func (p *Parser) model(c content) py.Object {
	kids := make(py.Tuple, len(c.children))
	for i, k := range c.children {
		kids[i] = p.model(k)
	}
	var name py.Object = py.None
	if c.name != nil {
		name = py.String(*c.name)
	}
	return py.Tuple{py.Int(c.typ), py.Int(c.quant), name, kids}
}

// fail records err as the parse's outcome: the handlers are dropped, as
// CPython drops them, and expat is told to stop.
func (p *Parser) fail(err error) {
	if p.err != nil {
		return
	}
	p.err = err
	for i := range p.handlers {
		if p.handlers[i] != nil {
			p.handlers[i] = nil
			p.c.setHandler(i, false)
		}
	}
	p.buf = p.buf[:0]
	if p.parsing {
		p.c.stop()
	}
}

// call runs the handler of slot which with the arguments args builds,
// after flushing buffered character data; it returns the handler's
// result, or nil when the handler is missing, failed or the parse is
// already failing.
func (p *Parser) call(which int, args func() py.Tuple) (res py.Object) {
	if p.err != nil {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			p.fail(py.ExceptionNewf(py.SystemError, "internal error: %v", r))
			res = nil
		}
	}()
	if which != hCharacterData && !p.flush() {
		return nil
	}
	h := p.handlers[which]
	if h == nil {
		return nil
	}
	res, err := vm.Call(h, args(), nil)
	if err != nil {
		p.fail(err)
		return nil
	}
	return res
}

func (p *Parser) dispatch(which int, args func() py.Tuple) { p.call(which, args) }

// dispatchInt is call for the handlers whose result expat reads as an
// int; a failing or non-integer result gives 0.
func (p *Parser) dispatchInt(which int, args func() py.Tuple) int {
	res := p.call(which, args)
	if res == nil {
		return 0
	}
	n, err := pyarg.Long(res)
	if err != nil {
		p.fail(err)
		return 0
	}
	return int(int32(n))
}

// characterData is expat's character data event: straight to the
// handler, or through the buffer with buffer_text.
func (p *Parser) characterData(s string) {
	if p.err != nil {
		return
	}
	if !p.bufferText {
		p.call(hCharacterData, func() py.Tuple { return py.Tuple{py.String(s)} })
		return
	}
	if len(p.buf)+len(s) > p.bufferSize && !p.flush() {
		return
	}
	if len(s) > p.bufferSize {
		p.call(hCharacterData, func() py.Tuple { return py.Tuple{py.String(s)} })
		return
	}
	p.buf = append(p.buf, s...)
}

// flush hands buffered character data to the handler; false when the
// handler failed.
func (p *Parser) flush() bool {
	if len(p.buf) == 0 {
		return p.err == nil
	}
	s := string(p.buf)
	if p.handlers[hCharacterData] != nil {
		// buffer_used still counts the text while its handler runs, as
		// in CPython.
		p.call(hCharacterData, func() py.Tuple { return py.Tuple{py.String(s)} })
	}
	p.buf = p.buf[:0]
	return p.err == nil
}

// encodingMap decodes every byte value in the encoding name with
// Python's codecs, for expat's unknown-encoding hook: the code point of
// each byte, -1 where the codec gives U+FFFD.
func (p *Parser) encodingMap(name string) (m [256]int, ok bool) {
	all := make(py.Bytes, 256)
	for i := range all {
		all[i] = byte(i)
	}
	fail := func(err error) ([256]int, bool) {
		p.fail(err)
		return m, false
	}
	dec, err := py.GetAttrString(all, "decode")
	if err != nil {
		return fail(err)
	}
	res, err := vm.Call(dec, py.Tuple{py.String(name), py.String("replace")}, nil)
	if err != nil {
		return fail(err)
	}
	s, isStr := res.(py.String)
	if !isStr || utf8.RuneCountInString(string(s)) != 256 {
		return fail(pyutil.ValueErrorf("multi-byte encodings are not supported"))
	}
	i := 0
	for _, r := range string(s) {
		if r == utf8.RuneError {
			m[i] = -1
		} else {
			m[i] = int(r)
		}
		i++
	}
	return m, true
}

// run parses data (final: the last piece) with the handlers live and
// returns expat's status, or the error a handler raised.
func (p *Parser) run(data []byte, final bool) (int, error) {
	if p.parsing {
		return 0, py.ExceptionNewf(py.RuntimeError, "parser is already parsing")
	}
	p.parsing = true
	h := cgo.NewHandle(p)
	defer func() {
		h.Delete()
		p.parsing = false
	}()
	rc := 1
	for {
		chunk := data
		last := final
		if len(chunk) > math.MaxInt32 {
			chunk, last = chunk[:math.MaxInt32], false
		}
		data = data[len(chunk):]
		rc = p.c.parse(h, chunk, last)
		if rc == 0 || len(data) == 0 || p.err != nil {
			break
		}
	}
	if err := p.err; err != nil {
		p.err = nil
		return 0, err
	}
	return rc, nil
}

// result is CPython's outcome of a parse call: the handler's exception,
// ExpatError for a parse error, else the status after flushing buffered
// text.
func (p *Parser) result(rc int, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	if rc == 0 {
		return nil, p.currentError()
	}
	if !p.flush() {
		err := p.err
		p.err = nil
		return nil, err
	}
	return py.Int(rc), nil
}

func (p *Parser) currentError() error {
	return expatError(p.c.errorCode(), p.c.lineNumber(), p.c.columnNumber())
}
