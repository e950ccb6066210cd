package re

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// sre_parseInfo is _sre._parse_info(pattern, flags), what Lib's
// sre_parse.parse reports of a pattern: the tuple (flags, groupdict,
// groupwidths, width, dump). flags are the pattern's flags after its
// inline ones and fix_flags; groupdict maps group names to numbers;
// groupwidths lists (min, max) of each group, group 0 first, as 3.6's
// Pattern.groupwidths holds them; width is the whole pattern's before
// SubPattern.getwidth() caps it (saturating far above MAXREPEAT); dump is
// the text SubPattern.dump() prints. A bad pattern raises re.error as re.compile does, and the
// parse's DeprecationWarnings are issued first, as there.
func sre_parseInfo(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.ParseClinic("_parse_info", args, kwargs, []string{"pattern", "flags"}, 2, 2)
	if err != nil {
		return nil, err
	}
	flags, err := pyarg.Int(a[1])
	if err != nil {
		return nil, err
	}
	parsed, _, err := parseSource(a[0], flags)
	if err != nil {
		return nil, err
	}
	st := parsed.state
	// In definition order, as 3.6's dict keeps them.
	groupdict := vm.NewDict(len(st.groupnames))
	for _, name := range st.groupnames {
		if err := groupdict.SetItem(py.String(name), py.Int(st.groupdict[name])); err != nil {
			return nil, err
		}
	}
	widths := make([]py.Object, len(st.groupwidths))
	for i, w := range st.groupwidths {
		widths[i] = py.Tuple{py.Int(w[0]), py.Int(w[1])}
	}
	lo, hi := rawWidth(parsed.nodes, st)
	return py.Tuple{
		py.Int(st.flags),
		groupdict,
		py.NewListFromItems(widths),
		py.Tuple{py.Int(lo), py.Int(hi)},
		py.String(dumpTree(parsed.nodes)),
	}, nil
}

// sre_parseTemplate is _sre._parse_template(template, pattern), 3.6's
// sre_parse.parse_template: the pair (groups, literals) where literals
// holds the template's runs of literal text (str, or bytes for a bytes
// template) with None where a group goes, and groups the (index in
// literals, group number) of each. pattern is a compiled pattern; a bad
// reference raises re.error, an unknown letter escape warns, as sub's
// templates do.
func sre_parseTemplate(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.ParseClinic("_parse_template", args, kwargs, []string{"template", "pattern"}, 2, 2)
	if err != nil {
		return nil, err
	}
	p, ok := a[1].(*Pattern)
	if !ok {
		return nil, pyutil.TypeErrorf("_parse_template() argument 2 must be a compiled pattern, not %s", pyutil.TypeName(a[1]))
	}
	tpl, err := compileTemplate(a[0], p)
	if err != nil {
		return nil, err
	}
	lit := func(rs []rune) py.Object {
		if tpl.isText {
			return py.String(runesStr(rs))
		}
		b := make([]byte, len(rs))
		for i, c := range rs {
			b[i] = byte(c)
		}
		return py.Bytes(b)
	}
	var groups, literals []py.Object
	var run []rune
	pending := false
	for _, pc := range tpl.pieces {
		if pc.group < 0 {
			run = append(run, pc.lit...)
			pending = true
			continue
		}
		if pending {
			literals = append(literals, lit(run))
			run, pending = nil, false
		}
		groups = append(groups, py.Tuple{py.Int(len(literals)), py.Int(pc.group)})
		literals = append(literals, py.None)
	}
	if pending {
		literals = append(literals, lit(run))
	}
	return py.Tuple{py.NewListFromItems(groups), py.NewListFromItems(literals)}, nil
}
