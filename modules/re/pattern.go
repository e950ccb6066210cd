package re

import (
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// PatternType is CPython 3.6's _sre.SRE_Pattern, the type of compiled
// patterns.
var PatternType = py.ObjectType.NewType("_sre.SRE_Pattern", "A compiled regular expression, made by re.compile().", nil, nil)

// Pattern is a compiled regular expression.
type Pattern struct {
	src       py.Object // the pattern as given (str or bytes)
	isText    bool
	flags     int
	prog      *program
	names     []string // group names in definition order
	groupidx  map[string]int
	indexName []string // group number -> name ("" when unnamed)
	machines  sync.Pool

	templatesMu sync.Mutex
	templates   map[templateKey]*template // sub()'s parsed replacements
}

// templateKey names a replacement template: its text, and whether it was
// a str.
type templateKey struct {
	text   string
	isText bool
}

// maxTemplates bounds a pattern's template cache; a full cache starts
// over.
const maxTemplates = 64

// Type returns PatternType.
func (*Pattern) Type() *py.Type { return PatternType }

var (
	_ py.I__repr__ = (*Pattern)(nil)
	_ py.I__eq__   = (*Pattern)(nil)
	_ py.I__ne__   = (*Pattern)(nil)
	_ py.I__hash__ = (*Pattern)(nil)
)

func (p *Pattern) machine() *machine {
	if m, ok := p.machines.Get().(*machine); ok {
		return m
	}
	return newMachine(p.prog)
}

func (p *Pattern) release(m *machine) {
	m.matchAll = false
	if cap(m.stack) > 1<<16 {
		m.stack = nil
	}
	p.machines.Put(m)
}

// compilePattern compiles src (a str or bytes object) with flags. Errors
// are Python exceptions.
func compilePattern(src py.Object, flags int) (*Pattern, error) {
	parsed, isText, err := parseSource(src, flags)
	if err != nil {
		return nil, err
	}
	all := flags | parsed.state.flags
	if all&flagDebug != 0 {
		if err := printDump(parsed.nodes); err != nil {
			return nil, err
		}
	}
	prog, err := compileProgram(parsed, all)
	if err != nil {
		return nil, convertError(err, src)
	}
	p := &Pattern{src: src, isText: isText, flags: all, prog: prog, groupidx: parsed.state.groupdict, names: parsed.state.groupnames}
	p.indexName = make([]string, prog.ngroups+1)
	for name, i := range p.groupidx {
		p.indexName[i] = name
	}
	return p, nil
}

// parseSource parses the pattern src (str or bytes) with flags as
// re.compile does: its DeprecationWarnings are issued first, and a bad
// pattern is re.error. isText reports a str pattern.
func parseSource(src py.Object, flags int) (p *parsed, isText bool, err error) {
	var chars []rune
	switch v := src.(type) {
	case py.String:
		isText = true
		chars = strRunes(string(v))
	case py.Bytes:
		chars = make([]rune, len(v))
		for i, c := range v {
			chars[i] = rune(c)
		}
	default:
		return nil, false, pyutil.TypeErrorf("first argument must be string or compiled pattern")
	}
	var warnings []string
	p, err = parsePattern(chars, isText, flags, func(msg string) { warnings = append(warnings, msg) })
	for _, msg := range warnings {
		if werr := vm.Warn(py.DeprecationWarning, msg, 1); werr != nil {
			return nil, false, werr
		}
	}
	if err != nil {
		return nil, false, convertError(err, src)
	}
	return p, isText, nil
}

// convertError turns a compile error into the Python exception.
func convertError(err error, src py.Object) error {
	var se *syntaxError
	var oe *overflowError
	var ve *valueError
	var re *runtimeError
	switch {
	case errors.As(err, &se):
		if se.pos < 0 {
			return newError(se.msg, nil, -1)
		}
		return newError(se.msg, src, se.pos)
	case errors.As(err, &oe):
		return py.ExceptionNewf(py.OverflowError, "%s", oe.msg)
	case errors.As(err, &ve):
		return py.ExceptionNewf(py.ValueError, "%s", ve.msg)
	case errors.As(err, &re):
		return py.ExceptionNewf(py.RuntimeError, "%s", re.msg)
	case errors.As(err, &recursionError{}):
		return py.ExceptionNewf(vm.RecursionError, "maximum recursion depth exceeded")
	}
	return err
}

// clampPos is how _sre adjusts pos and endpos to the string.
func clampPos(pos, endpos, n int) (int, int) {
	if pos < 0 {
		pos = 0
	} else if pos > n {
		pos = n
	}
	if endpos < 0 {
		endpos = 0
	} else if endpos > n {
		endpos = n
	}
	return pos, endpos
}

// refuse makes a method that raises TypeError(msg) (3.6's __copy__).
func refuse(name, msg string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		return nil, pyutil.TypeErrorf("%s", msg)
	}, 0, "")
}

// methodArgs parses a method's arguments with 3.6's clinic messages;
// hidden is the deprecated keyword alias of the first argument ("" when
// there is none).
func methodArgs(fn string, args py.Tuple, kwargs py.StringDict, names []string, required int, hidden string) ([]py.Object, error) {
	if len(kwargs) == 0 && len(args) >= required && len(args) <= len(names) {
		out := make([]py.Object, len(names))
		copy(out, args)
		return out, nil
	}
	all := names
	if hidden != "" {
		all = append(append([]string(nil), names...), hidden)
	}
	if n := len(args) + len(kwargs); n > len(all) {
		return nil, pyutil.TypeErrorf("%s() takes at most %d arguments (%d given)", fn, len(all), n)
	}
	if len(args) > len(names) {
		return nil, pyutil.TypeErrorf("Function takes at most %d positional arguments (%d given)", len(names), len(args))
	}
	req := required
	if hidden != "" {
		req = 0
	}
	a, err := pyarg.Parse36(fn, args, kwargs, all, req, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	if hidden != "" {
		alias := a[len(a)-1]
		a = a[:len(a)-1]
		if alias != nil {
			if a[0] != nil {
				return nil, pyutil.TypeErrorf("Argument given by name ('%s') and position (1)", hidden)
			}
			a[0] = alias
		}
		if a[0] == nil && required > 0 {
			return nil, pyutil.TypeErrorf("Required argument '%s' (pos 1) not found", names[0])
		}
	}
	return a, nil
}

// matchArgs parses (string, pos=0, endpos=maxsize).
func (p *Pattern) matchArgs(fn string, args py.Tuple, kwargs py.StringDict) (*subject, int, int, error) {
	hidden := "pattern"
	switch fn {
	case "findall", "finditer", "scanner":
		hidden = "source"
	}
	a, err := methodArgs(fn, args, kwargs, []string{"string", "pos", "endpos"}, 1, hidden)
	if err != nil {
		return nil, 0, 0, err
	}
	sj, err := newSubject(a[0], p)
	if err != nil {
		return nil, 0, 0, err
	}
	pos, endpos := 0, math.MaxInt
	if a[1] != nil {
		if pos, err = pyarg.SsizeT(a[1]); err != nil {
			return nil, 0, 0, err
		}
	}
	if a[2] != nil {
		if endpos, err = pyarg.SsizeT(a[2]); err != nil {
			return nil, 0, 0, err
		}
	}
	pos, endpos = clampPos(pos, endpos, sj.n)
	return sj, pos, endpos, nil
}

type matchMode int

const (
	modeMatch matchMode = iota
	modeSearch
	modeFull
)

// exec runs one match operation and returns the match object or None.
func (p *Pattern) exec(sj *subject, pos, endpos int, mode matchMode) py.Object {
	m := p.machine()
	defer p.release(m)
	var s, e int
	var ok bool
	switch mode {
	case modeSearch:
		s, e, ok = sj.search(m, pos, endpos)
	case modeFull:
		m.matchAll = true
		s, e, ok = sj.match(m, pos, endpos)
	default:
		s, e, ok = sj.match(m, pos, endpos)
	}
	if !ok {
		return py.None
	}
	return p.newMatch(m, sj, s, e, pos, endpos)
}

func (p *Pattern) newMatch(m *machine, sj *subject, s, e, pos, endpos int) *Match {
	mt := &Match{pat: p, sj: sj, pos: pos, endpos: endpos, lastindex: m.lastindex}
	caps := mt.small[:]
	if n := 2 + len(m.caps); n <= len(mt.small) {
		caps = caps[:n]
	} else {
		caps = make([]int, n)
	}
	caps[0], caps[1] = s, e
	copy(caps[2:], m.caps)
	for g := 1; g <= p.prog.ngroups; g++ {
		if caps[2*g] < 0 || caps[2*g+1] < 0 {
			caps[2*g], caps[2*g+1] = -1, -1
		}
	}
	mt.caps = caps
	return mt
}

func pattern_match(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := self.(*Pattern)
	sj, pos, end, err := p.matchArgs("match", args, kwargs)
	if err != nil {
		return nil, err
	}
	return p.exec(sj, pos, end, modeMatch), nil
}

func pattern_fullmatch(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := self.(*Pattern)
	sj, pos, end, err := p.matchArgs("fullmatch", args, kwargs)
	if err != nil {
		return nil, err
	}
	return p.exec(sj, pos, end, modeFull), nil
}

func pattern_search(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := self.(*Pattern)
	sj, pos, end, err := p.matchArgs("search", args, kwargs)
	if err != nil {
		return nil, err
	}
	return p.exec(sj, pos, end, modeSearch), nil
}

// groupValue is group g of the current match as findall/split give it:
// empty (findall) or None (split) when unset; a str is boxed by b.
func groupValue(sj *subject, b *pybox.Slab, lo, hi int, emptyForUnset bool) (py.Object, error) {
	if lo < 0 || hi < 0 {
		if emptyForUnset {
			return sj.slice(0, 0)
		}
		return py.None, nil
	}
	return sj.sliceBoxed(b, lo, hi)
}

func pattern_findall(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := self.(*Pattern)
	sj, pos, end, err := p.matchArgs("findall", args, kwargs)
	if err != nil {
		return nil, err
	}
	m := p.machine()
	defer p.release(m)
	var out results
	start := pos
	ng := p.prog.ngroups
	for start <= end {
		s, e, ok := sj.search(m, start, end)
		if !ok {
			break
		}
		var item py.Object
		switch ng {
		case 0:
			item, err = sj.sliceBoxed(&out.strs, s, e)
		case 1:
			item, err = groupValue(sj, &out.strs, m.caps[0], m.caps[1], true)
		default:
			t := make(py.Tuple, ng)
			for g := 0; g < ng && err == nil; g++ {
				t[g], err = groupValue(sj, &out.strs, m.caps[2*g], m.caps[2*g+1], true)
			}
			item = t
		}
		if err != nil {
			return nil, err
		}
		out.add(item)
		if e == s {
			start = e + 1
		} else {
			start = e
		}
	}
	return out.list(), nil
}

func pattern_split(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := self.(*Pattern)
	a, err := methodArgs("split", args, kwargs, []string{"string", "maxsplit"}, 1, "source")
	if err != nil {
		return nil, err
	}
	maxsplit := 0
	if a[1] != nil {
		if maxsplit, err = pyarg.SsizeT(a[1]); err != nil {
			return nil, err
		}
	}
	return p.split(a[0], maxsplit)
}

func (p *Pattern) split(str py.Object, maxsplit int) (py.Object, error) {
	sj, err := newSubject(str, p)
	if err != nil {
		return nil, err
	}
	if p.prog.minWidth == 0 {
		if p.prog.maxWidth == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "split() requires a non-empty pattern match.")
		}
		// 3.7 splits on empty matches; 3.6 warns and skips them.
		if err := vm.Warn(py.FutureWarning, "split() requires a non-empty pattern match.", 1); err != nil {
			return nil, err
		}
	}
	m := p.machine()
	defer p.release(m)
	var out results
	last, start, end := 0, 0, sj.n
	n := 0
	for maxsplit == 0 || n < maxsplit {
		s, e, ok := sj.search(m, start, end)
		if !ok {
			break
		}
		if s == e {
			if last == end || e == end {
				break
			}
			start = e + 1
			continue
		}
		item, err := sj.sliceBoxed(&out.strs, last, s)
		if err != nil {
			return nil, err
		}
		out.add(item)
		for g := 0; g < p.prog.ngroups; g++ {
			v, err := groupValue(sj, &out.strs, m.caps[2*g], m.caps[2*g+1], false)
			if err != nil {
				return nil, err
			}
			out.add(v)
		}
		n++
		last, start = e, e
	}
	item, err := sj.sliceBoxed(&out.strs, last, sj.n)
	if err != nil {
		return nil, err
	}
	out.add(item)
	return out.list(), nil
}

func pattern_finditer(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := self.(*Pattern)
	sj, pos, end, err := p.matchArgs("finditer", args, kwargs)
	if err != nil {
		return nil, err
	}
	// CPython's iterator keeps the subject's buffer until it is done: a
	// bytearray cannot be resized meanwhile.
	return &callableIterator{sc: &Scanner{pat: p, sj: sj, start: pos, pos: pos, end: end}, release: host.HoldExport(sj.obj)}, nil
}

func pattern_scanner(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := self.(*Pattern)
	sj, pos, end, err := p.matchArgs("scanner", args, kwargs)
	if err != nil {
		return nil, err
	}
	return &Scanner{pat: p, sj: sj, start: pos, pos: pos, end: end}, nil
}

func pattern_sub(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return patternSubx(self, "sub", args, kwargs, false)
}

func pattern_subn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return patternSubx(self, "subn", args, kwargs, true)
}

func patternSubx(self py.Object, fn string, args py.Tuple, kwargs py.StringDict, withCount bool) (py.Object, error) {
	p := self.(*Pattern)
	a, err := methodArgs(fn, args, kwargs, []string{"repl", "string", "count"}, 2, "")
	if err != nil {
		return nil, err
	}
	count := 0
	if a[2] != nil {
		if count, err = pyarg.SsizeT(a[2]); err != nil {
			return nil, err
		}
	}
	return p.subx(a[0], a[1], count, withCount)
}

// subx is sub and subn.
func (p *Pattern) subx(repl, str py.Object, count int, withCount bool) (py.Object, error) {
	var tpl *template
	var literal py.Object
	callable := false
	switch r := pyutil.Unwrap(repl).(type) {
	case py.String:
		if strings.IndexByte(string(r), '\\') < 0 {
			literal = r
		}
	case py.Bytes:
		if strings.IndexByte(string(r), '\\') < 0 {
			literal = r
		}
	default:
		if pyutil.IsCallable(repl) {
			callable = true
		} else if b, ok := r.(pyutil.ReadableBuffer); ok && strings.IndexByte(string(b.BufferBytes()), '\\') < 0 {
			literal = r
		}
	}
	sj, err := newSubject(str, p)
	if err != nil {
		return nil, err
	}
	if !callable && literal == nil {
		if tpl, err = p.subTemplate(repl); err != nil {
			return nil, err
		}
	}
	m := p.machine()
	defer p.release(m)
	j := joiner{isText: sj.isText}
	i, n := 0, 0
	start, end := 0, sj.n
	for count == 0 || n < count {
		s, e, ok := sj.search(m, start, end)
		if !ok {
			break
		}
		if i < s {
			piece, err := sj.slice(i, s)
			if err != nil {
				return nil, err
			}
			j.add(piece)
		} else if i == s && i == e && n > 0 {
			goto next
		}
		switch {
		case callable:
			match := p.newMatch(m, sj, s, e, 0, sj.n)
			item, err := vm.Call(repl, py.Tuple{match}, nil)
			if err != nil {
				return nil, err
			}
			if item != py.None {
				j.add(item)
			}
		case literal != nil:
			j.add(literal)
		default:
			match := p.newMatch(m, sj, s, e, 0, sj.n)
			item, err := tpl.expand(match)
			if err != nil {
				return nil, err
			}
			j.add(item)
		}
		i = e
		n++
	next:
		if e == s {
			start = e + 1
		} else {
			start = e
		}
		if start > end {
			break
		}
	}
	if i < sj.n {
		piece, err := sj.slice(i, sj.n)
		if err != nil {
			return nil, err
		}
		j.add(piece)
	}
	res, err := j.join()
	if err != nil {
		return nil, err
	}
	if withCount {
		return py.Tuple{res, py.Int(n)}, nil
	}
	return res, nil
}

// joiner is str.join/bytes.join over the pieces of a substitution, with
// their type errors.
type joiner struct {
	isText bool
	items  []py.Object
}

func (j *joiner) add(o py.Object) { j.items = append(j.items, o) }

func (j *joiner) join() (py.Object, error) {
	if j.isText {
		var b strings.Builder
		for i, o := range j.items {
			s, ok := pyutil.Unwrap(o).(py.String)
			if !ok {
				return nil, pyutil.TypeErrorf("sequence item %d: expected str instance, %s found", i, pyutil.TypeName(o))
			}
			b.WriteString(string(s))
		}
		return py.String(b.String()), nil
	}
	var out []byte
	for i, o := range j.items {
		b, err := pyutil.BytesLike(pyutil.Unwrap(o))
		if err != nil {
			return nil, pyutil.TypeErrorf("sequence item %d: expected a bytes-like object, %s found", i, pyutil.TypeName(o))
		}
		out = append(out, b...)
	}
	if out == nil {
		out = []byte{}
	}
	return py.Bytes(out), nil
}

// flagNames is the order pattern_repr lists flags in.
var flagNames = []struct {
	name string
	bit  int
}{
	{"re.TEMPLATE", flagTemplate}, {"re.IGNORECASE", flagIgnoreCase}, {"re.LOCALE", flagLocale},
	{"re.MULTILINE", flagMultiline}, {"re.DOTALL", flagDotAll}, {"re.UNICODE", flagUnicode},
	{"re.VERBOSE", flagVerbose}, {"re.DEBUG", flagDebug}, {"re.ASCII", flagASCII},
}

// M__repr__ is re.compile('...', re.FLAGS) as CPython 3.6 prints it.
func (p *Pattern) M__repr__() (py.Object, error) {
	r, err := pyrepr.Repr(p.src)
	if err != nil {
		return nil, err
	}
	if rr := strRunes(r); len(rr) > 200 {
		r = runesStr(rr[:200])
	}
	flags := p.flags
	if p.isText && flags&(flagLocale|flagUnicode|flagASCII) == flagUnicode {
		flags &^= flagUnicode
	}
	if flags == 0 {
		return py.String("re.compile(" + r + ")"), nil
	}
	var parts []string
	for _, f := range flagNames {
		if flags&f.bit != 0 {
			parts = append(parts, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", flags))
	}
	return py.String("re.compile(" + r + ", " + strings.Join(parts, "|") + ")"), nil
}

// M__eq__ compares patterns as CPython 3.6.15 does: two patterns are
// equal when they were compiled from the same source (both str or both
// bytes) with the same flags.
func (p *Pattern) M__eq__(other py.Object) (py.Object, error) {
	if o, ok := other.(*Pattern); ok {
		return py.NewBool(p.sameAs(o)), nil
	}
	return py.NotImplemented, nil
}

// M__ne__ is the negation of M__eq__.
func (p *Pattern) M__ne__(other py.Object) (py.Object, error) {
	if o, ok := other.(*Pattern); ok {
		return py.NewBool(!p.sameAs(o)), nil
	}
	return py.NotImplemented, nil
}

func (p *Pattern) sameAs(o *Pattern) bool {
	return p == o || (p.isText == o.isText && p.flags == o.flags && p.source() == o.source())
}

// source is the pattern's text (a bytes pattern's bytes as a string).
func (p *Pattern) source() string {
	switch v := pyutil.Unwrap(p.src).(type) {
	case py.String:
		return string(v)
	case py.Bytes:
		return string(v)
	}
	return ""
}

// M__hash__ hashes what M__eq__ compares.
func (p *Pattern) M__hash__() (py.Object, error) {
	h := fnv.New64a()
	h.Write([]byte(p.source()))
	v := int64(h.Sum64()>>2) ^ int64(p.flags)
	if p.isText {
		v ^= 1 << 40
	}
	return py.Int(v), nil
}

func (p *Pattern) groupindexDict() py.Object {
	d := vm.NewDict(len(p.names))
	for _, name := range p.names {
		d.SetStr(name, py.Int(p.groupidx[name]))
	}
	return vm.NewMappingProxy(d)
}

func setupPattern() {
	for _, m := range []struct {
		name string
		f    func(py.Object, py.Tuple, py.StringDict) (py.Object, error)
		doc  string
	}{
		{"match", pattern_match, "match($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nA Match when the pattern matches at pos, else None."},
		{"fullmatch", pattern_fullmatch, "fullmatch($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nA Match when the pattern matches all of string[pos:endpos], else None."},
		{"search", pattern_search, "search($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nThe first Match found between pos and endpos, or None."},
		{"findall", pattern_findall, "findall($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nEvery non-overlapping match as text (or group texts), left to right."},
		{"finditer", pattern_finditer, "finditer($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nAn iterator of Match objects for the non-overlapping matches, left to right."},
		{"scanner", pattern_scanner, "scanner($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\n"},
		{"split", pattern_split, "split($self, /, string, maxsplit=0)\n--\n\nThe pieces of string between matches (group texts included)."},
		{"sub", pattern_sub, "sub($self, /, repl, string, count=0)\n--\n\nstring with matches replaced by repl (a template or a function of the Match)."},
		{"subn", pattern_subn, "subn($self, /, repl, string, count=0)\n--\n\nAs sub(), paired with the number of replacements made."},
	} {
		f := m.f
		PatternType.Dict[m.name] = py.MustNewMethod(m.name, pyutil.Guard(func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if _, ok := self.(*Pattern); !ok {
				return nil, pyutil.TypeErrorf("descriptor requires a '_sre.SRE_Pattern' object but received a '%s'", pyutil.TypeName(self))
			}
			return f(self, args, kwargs)
		}), 0, m.doc)
	}
	PatternType.Flags &^= py.TPFLAGS_BASETYPE // as in 3.6: not an acceptable base type
	PatternType.Dict["__copy__"] = refuse("__copy__", "cannot copy this pattern object")
	PatternType.Dict["__deepcopy__"] = refuse("__deepcopy__", "cannot deepcopy this pattern object")
	prop := func(name, doc string, get func(p *Pattern) py.Object) {
		PatternType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return get(self.(*Pattern)), nil
		}, Doc: doc}
	}
	prop("pattern", "The source text the pattern was compiled from.", func(p *Pattern) py.Object { return p.src })
	prop("flags", "The regex matching flags.", func(p *Pattern) py.Object { return py.Int(p.flags) })
	prop("groups", "How many capturing groups the pattern has.", func(p *Pattern) py.Object { return py.Int(p.prog.ngroups) })
	prop("groupindex", "A dict from each named group to its number.", func(p *Pattern) py.Object { return p.groupindexDict() })
}
