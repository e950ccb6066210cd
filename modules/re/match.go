package re

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// MatchType is CPython 3.6's _sre.SRE_Match.
var MatchType = py.ObjectType.NewType("_sre.SRE_Match", "A successful match: the matched text, its position and its groups.", nil, nil)

// Match is the result of a successful match.
type Match struct {
	pat         *Pattern
	sj          *subject
	caps        []int // span of group g at 2g, 2g+1; -1 when unset
	small       [6]int
	pos, endpos int
	lastindex   int
}

// Type returns MatchType.
func (*Match) Type() *py.Type { return MatchType }

var (
	_ py.I__repr__    = (*Match)(nil)
	_ py.I__getitem__ = (*Match)(nil)
)

// M__repr__ is <_sre.SRE_Match object; span=(0, 1), match='a'>.
func (m *Match) M__repr__() (py.Object, error) {
	g, err := m.group(0)
	if err != nil {
		return nil, err
	}
	r, err := pyrepr.Repr(g)
	if err != nil {
		return nil, err
	}
	if rr := strRunes(r); len(rr) > 50 {
		r = runesStr(rr[:50])
	}
	return py.String(fmt.Sprintf("<_sre.SRE_Match object; span=(%d, %d), match=%s>", m.caps[0], m.caps[1], r)), nil
}

// M__getitem__ is m[g], the same as m.group(g).
func (m *Match) M__getitem__(key py.Object) (py.Object, error) {
	i, err := m.index(key)
	if err != nil {
		return nil, err
	}
	return m.group(i)
}

// index resolves a group number or name ("no such group" otherwise).
func (m *Match) index(o py.Object) (int, error) {
	i := -1
	if pyarg.IsInteger(o) {
		v, err := pyarg.IndexSize(o, py.IndexError)
		if err != nil {
			return 0, err
		}
		i = v
	} else if s, ok := pyutil.Unwrap(o).(py.String); ok {
		if g, ok := m.pat.groupidx[string(s)]; ok {
			i = g
		}
	}
	if i < 0 || i > m.pat.prog.ngroups {
		return 0, py.ExceptionNewf(py.IndexError, "no such group")
	}
	return i, nil
}

// group returns group i's text, or def when it did not participate.
func (m *Match) groupOr(i int, def py.Object) (py.Object, error) {
	a, b := m.caps[2*i], m.caps[2*i+1]
	if a < 0 || b < 0 {
		return def, nil
	}
	return m.sj.slice(a, b)
}

func (m *Match) group(i int) (py.Object, error) { return m.groupOr(i, py.None) }

func match_group(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m := self.(*Match)
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("group() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return m.group(0)
	case 1:
		i, err := m.index(args[0])
		if err != nil {
			return nil, err
		}
		return m.group(i)
	}
	out := make(py.Tuple, len(args))
	for k, a := range args {
		i, err := m.index(a)
		if err != nil {
			return nil, err
		}
		if out[k], err = m.group(i); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func match_groups(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m := self.(*Match)
	a, err := pyarg.Parse36("groups", args, kwargs, []string{"default"}, 0, pyarg.Clinic36)
	if err != nil {
		return nil, err
	}
	def := py.Object(py.None)
	if a[0] != nil {
		def = a[0]
	}
	out := make(py.Tuple, m.pat.prog.ngroups)
	for g := range out {
		if out[g], err = m.groupOr(g+1, def); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func match_groupdict(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m := self.(*Match)
	a, err := pyarg.Parse36("groupdict", args, kwargs, []string{"default"}, 0, pyarg.Clinic36)
	if err != nil {
		return nil, err
	}
	def := py.Object(py.None)
	if a[0] != nil {
		def = a[0]
	}
	d := vm.NewDict(len(m.pat.names))
	for _, name := range m.pat.names {
		v, err := m.groupOr(m.pat.groupidx[name], def)
		if err != nil {
			return nil, err
		}
		d.SetStr(name, v)
	}
	return d, nil
}

// groupArg is the optional group argument of start, end and span.
func (m *Match) groupArg(fn string, args py.Tuple, kwargs py.StringDict) (int, error) {
	if len(kwargs) != 0 {
		return 0, pyutil.TypeErrorf("%s() takes no keyword arguments", fn)
	}
	if len(args) > 1 {
		return 0, pyutil.TypeErrorf("%s expected at most 1 arguments, got %d", fn, len(args))
	}
	if len(args) == 0 {
		return 0, nil
	}
	return m.index(args[0])
}

func match_start(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m := self.(*Match)
	g, err := m.groupArg("start", args, kwargs)
	if err != nil {
		return nil, err
	}
	return py.Int(m.caps[2*g]), nil
}

func match_end(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m := self.(*Match)
	g, err := m.groupArg("end", args, kwargs)
	if err != nil {
		return nil, err
	}
	return py.Int(m.caps[2*g+1]), nil
}

func match_span(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m := self.(*Match)
	g, err := m.groupArg("span", args, kwargs)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Int(m.caps[2*g]), py.Int(m.caps[2*g+1])}, nil
}

func match_expand(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m := self.(*Match)
	a, err := pyarg.Parse36("expand", args, kwargs, []string{"template"}, 1, pyarg.Clinic36)
	if err != nil {
		return nil, err
	}
	tpl, err := compileTemplate(a[0], m.pat)
	if err != nil {
		return nil, err
	}
	return tpl.expand(m)
}

func setupMatch() {
	for _, d := range []struct {
		name string
		f    func(py.Object, py.Tuple, py.StringDict) (py.Object, error)
		doc  string
	}{
		{"group", match_group, "group([g1, ...]) -> str or tuple\n\nThe text of the named or numbered groups (0, the default, is the whole\nmatch); a tuple when several are asked for."},
		{"groups", match_groups, "groups($self, /, default=None)\n--\n\nThe text of every group, numbered from 1; default for groups that took no part."},
		{"groupdict", match_groupdict, "groupdict($self, /, default=None)\n--\n\nA dict from each named group to its text (default when it took no part)."},
		{"start", match_start, "start($self, group=0, /)\n--\n\nWhere the group's text begins in the string (-1 when it took no part)."},
		{"end", match_end, "end($self, group=0, /)\n--\n\nWhere the group's text ends in the string (-1 when it took no part)."},
		{"span", match_span, "span($self, group=0, /)\n--\n\n(start(group), end(group)) as one pair."},
		{"expand", match_expand, "expand($self, /, template)\n--\n\ntemplate with its group references (\\\\1, \\\\g<name>) and escapes filled in from this match, as sub() does."},
	} {
		f := d.f
		MatchType.Dict[d.name] = py.MustNewMethod(d.name, pyutil.Guard(func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if _, ok := self.(*Match); !ok {
				return nil, pyutil.TypeErrorf("descriptor requires a '_sre.SRE_Match' object but received a '%s'", pyutil.TypeName(self))
			}
			return f(self, args, kwargs)
		}), 0, d.doc)
	}
	MatchType.Flags &^= py.TPFLAGS_BASETYPE // as in 3.6: not an acceptable base type
	MatchType.Dict["__copy__"] = refuse("__copy__", "cannot copy this match object")
	MatchType.Dict["__deepcopy__"] = refuse("__deepcopy__", "cannot deepcopy this match object")
	prop := func(name, doc string, get func(m *Match) py.Object) {
		MatchType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return get(self.(*Match)), nil
		}, Doc: doc}
	}
	prop("pos", "The pos argument the search started from.", func(m *Match) py.Object { return py.Int(m.pos) })
	prop("endpos", "The endpos argument the search stopped at.", func(m *Match) py.Object { return py.Int(m.endpos) })
	prop("string", "The string that was searched.", func(m *Match) py.Object { return m.sj.obj })
	prop("re", "The compiled pattern that produced this match.", func(m *Match) py.Object { return m.pat })
	prop("lastindex", "Number of the last group that closed, or None.", func(m *Match) py.Object {
		if m.lastindex < 0 {
			return py.None
		}
		return py.Int(m.lastindex)
	})
	prop("lastgroup", "Name of the last group that closed, or None when it has none.", func(m *Match) py.Object {
		if m.lastindex < 0 || m.pat.indexName[m.lastindex] == "" {
			return py.None
		}
		return py.String(m.pat.indexName[m.lastindex])
	})
	prop("regs", "", func(m *Match) py.Object {
		out := make(py.Tuple, m.pat.prog.ngroups+1)
		for g := range out {
			out[g] = py.Tuple{py.Int(m.caps[2*g]), py.Int(m.caps[2*g+1])}
		}
		return out
	})
}

// ScannerType is _sre.SRE_Scanner, what Pattern.scanner returns.
var ScannerType = py.ObjectType.NewType("_sre.SRE_Scanner", "", nil, nil)

// Scanner walks a string match by match.
type Scanner struct {
	pat             *Pattern
	sj              *subject
	start, pos, end int
}

// Type returns ScannerType.
func (*Scanner) Type() *py.Type { return ScannerType }

func (sc *Scanner) next(mode matchMode) (py.Object, error) {
	if sc.pos > sc.end {
		return py.None, nil
	}
	p := sc.pat
	m := p.machine()
	defer p.release(m)
	var s, e int
	var ok bool
	if mode == modeSearch {
		s, e, ok = sc.sj.search(m, sc.pos, sc.end)
	} else {
		s, e, ok = sc.sj.match(m, sc.pos, sc.end)
	}
	if !ok {
		sc.pos = sc.end + 1
		return py.None, nil
	}
	match := p.newMatch(m, sc.sj, s, e, sc.start, sc.end)
	if e == s {
		sc.pos = e + 1
	} else {
		sc.pos = e
	}
	return match, nil
}

func setupScanner() {
	ScannerType.Dict["match"] = py.MustNewMethod("match", pyutil.Guard(func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return self.(*Scanner).next(modeMatch)
	}), 0, "")
	ScannerType.Dict["search"] = py.MustNewMethod("search", pyutil.Guard(func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return self.(*Scanner).next(modeSearch)
	}), 0, "")
	ScannerType.Dict["pattern"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*Scanner).pat, nil
	}}
	CallableIteratorType.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.Int(0), nil
	}, 0, "")
}

// CallableIteratorType is the type finditer's iterators show
// (callable_iterator, as iter(scanner.search, None) gives in CPython).
var CallableIteratorType = py.ObjectType.NewType("callable_iterator", "", nil, nil)

type callableIterator struct {
	sc      *Scanner
	done    bool
	release func() // lets go of the subject's buffer
}

// Type returns CallableIteratorType.
func (*callableIterator) Type() *py.Type { return CallableIteratorType }

// M__iter__ returns the iterator.
func (it *callableIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ is the next match.
func (it *callableIterator) M__next__() (py.Object, error) {
	if it.done {
		return nil, py.StopIteration
	}
	m, err := it.sc.next(modeSearch)
	if err != nil {
		return nil, err
	}
	if m == py.None {
		it.done = true
		if it.release != nil {
			it.release()
		}
		return nil, py.StopIteration
	}
	return m, nil
}
