package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Private name mangling: gpython's compiler mangles no name, CPython's
// mangles every identifier __x (not ending in __) used in a class body or
// in a function nested in it into _Class__x (mangle). The rewrite does it
// to the tokens: names, attribute names, parameters, global and nonlocal
// names, the names a def or class statement binds. As in CPython, keyword
// argument names are left alone. In an import statement, CPython 3.6
// mangles each name that is not part of a dotted module name: the
// module imported (`import __m` imports _C__m), the names imported from
// it and the names bound (importMangleRepls). A def or class whose name
// is mangled gets a decorator, on a line added before it (lines.go), that
// gives the function or class its own name back (CPython mangles the name
// it is bound to, not its __name__ or __qualname__):
//
//	class C:                   class C:
//	    def __f(self):     ->      @__private__('__f')
//	        self.__x = 1           def _C__f(self):
//	                                   self._C__x = 1

const privateHelper = "__private__"

// mangled is name as CPython compiles it in the scope sc.
func (sc *scope36) mangled(name string) string {
	return mangle(sc.class, name, sc.class != "")
}

// mangleRepl is the replacement of the name token n, false when the name
// is not mangled in sc.
func mangleRepl(n *node, sc *scope36) (repl, bool) {
	if n.sym != symTok || n.kind != tName || reserved[n.s] {
		return repl{}, false
	}
	m := sc.mangled(n.s)
	if m == n.s {
		return repl{}, false
	}
	return repl{n.pos, n.end, m}, true
}

// renameDef returns the replacements that mangle the name a def or class
// statement binds (name, its NAME token; at, its first token, def, async
// or class) in sc: the name, and a decorator restoring __name__.
func (r *rewriter36) renameDef(name, at *node, sc *scope36, out []repl) []repl {
	rp, ok := mangleRepl(name, sc)
	if !ok {
		return out
	}
	ind, ok := r.lineIndent(at.pos)
	if !ok {
		return out
	}
	start := at.pos - len(ind)
	return append(out, rp, repl{start, start, ind + "@" + privateHelper + "('" + name.s + "')" + markedNL})
}

// needsMangle reports whether the tree n has a class whose body uses a
// name that is mangled.
func needsMangle(n *node) bool {
	if n.sym == symClassdef {
		if strings.TrimLeft(n.kids[1].s, "_") != "" && hasPrivateName(n) {
			return true
		}
	}
	for _, k := range n.kids {
		if needsMangle(k) {
			return true
		}
	}
	return false
}

// hasPrivateName reports whether n has a token __x (x not ending in __).
func hasPrivateName(n *node) bool {
	if n.sym == symTok {
		return n.kind == tName && strings.HasPrefix(n.s, "__") && !strings.HasSuffix(n.s, "__")
	}
	for _, k := range n.kids {
		if hasPrivateName(k) {
			return true
		}
	}
	return false
}

// installPrivateHelper adds __private__ to gpython's builtins module.
func installPrivateHelper() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("compiler: gpython's builtins module is not registered")
	}
	impl.Methods = append(impl.Methods, py.MustNewMethod(privateHelper, privateBuiltin, 0,
		"__private__(name): a decorator giving a function or class its unmangled name back, used by rewritten source."))
}

func privateBuiltin(self py.Object, args py.Tuple) (py.Object, error) {
	var name py.String
	if len(args) == 1 {
		name, _ = args[0].(py.String)
	}
	if name == "" {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes a name", privateHelper)
	}
	return py.MustNewMethod("private_name", func(_ py.Object, a py.Tuple) (py.Object, error) {
		if len(a) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "decorator takes 1 argument")
		}
		unmangle(a[0], string(name))
		return a[0], nil
	}, 0, ""), nil
}

// unmangle gives the function or class o the name name, in its
// __name__, the last part of its __qualname__ and its code's name.
func unmangle(o py.Object, name string) {
	lastPart := func(q string) string {
		if i := strings.LastIndexByte(q, '.'); i >= 0 {
			return q[:i+1] + name
		}
		return name
	}
	switch x := o.(type) {
	case *py.Function:
		x.Name = name
		x.Qualname = lastPart(x.Qualname)
		if x.Code != nil {
			co := *x.Code
			co.Name = name
			x.Code = &co
		}
	case *py.Type:
		x.Name = name
		x.Qualname = lastPart(x.Qualname)
		if q, ok := x.Dict["__qualname__"].(py.String); ok {
			x.Dict["__qualname__"] = py.String(lastPart(string(q)))
		}
	}
}

// importMangleRepls appends to out the replacements that mangle the
// names of the import statement n in sc as 3.6 does: every name but
// those of a dotted module name (a.b), which 3.6 leaves alone.
func importMangleRepls(n *node, sc *scope36, out []repl) []repl {
	if sc.class == "" {
		return out
	}
	var walk func(k *node)
	walk = func(k *node) {
		switch {
		case k == nil:
		case k.sym == symDottedName && len(k.kids) > 1:
		case k.sym == symTok:
			if rp, ok := mangleRepl(k, sc); ok {
				out = append(out, rp)
			}
		default:
			for _, c := range k.kids {
				walk(c)
			}
		}
	}
	walk(n)
	return out
}
