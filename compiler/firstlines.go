package compiler

import (
	"github.com/go-python/gpython/py"
)

// gpython's compiler gives every code object the first line 1 (its
// Firstlineno is a FIXME), its line table counting from there. CPython's
// co_firstlineno is the line of the def or class statement (of its first
// decorator), of the lambda or of the comprehension. fixFirstLines finds
// each code object's construct in the checked tree, by name and in order
// within its parent's, and moves its first line there, keeping every line
// of its table.

// scopeDef is a construct that makes a code object.
type scopeDef struct {
	name       string // the code object's name: the def's or class's, <lambda>, <listcomp>...
	line       int
	n          *node // the construct
	decorators []int // a decorated def's: the line of each decorator's expression
	taken      bool
}

// decoratorLines maps the code object of each decorated def to the lines
// of its decorators' expressions, in source order, for
// lowerMakeFunction (makefunc.go), which moves their evaluation ahead of
// the defaults' as 3.6 orders them.
type decoratorLines map[*py.Code][]int

// fixFirstLines sets the first lines of the code objects among co's
// constants, at any depth; root is the tree of the module co was compiled
// from. It returns the decorated defs it found, the class bodies
// that declare __class__ global or nonlocal (classcell_scope.go), and the
// construct of each code object found (co's: root).
func fixFirstLines(co *py.Code, root *node) (decoratorLines, classNameScopes, codeBodies) {
	if co == nil || root == nil {
		return nil, nil, nil
	}
	if root.sym == symFileInput || root.sym == symEvalInput {
		// A raised operator chain (oplines.go) or blank lines before an
		// expression put the first instruction after the first
		// statement's first token.
		line := moduleFirstLine(root)
		if root.sym == symEvalInput {
			line = firstLeaf(root).line
		}
		if line > 0 {
			setFirstLine(co, max(line, firstInstrLine(co)))
		}
	}
	deco := decoratorLines{}
	scopes := classNameScopes{}
	bodies := codeBodies{co: root}
	fixChildren(co, childDefs(root, true), deco, scopes, bodies)
	return deco, scopes, bodies
}

// decoratorLinesOf is the line of each decorator's expression in ds, a
// decorators or decorator node.
func decoratorLinesOf(ds *node) []int {
	list := ds.kids
	if ds.sym == symDecorator {
		list = []*node{ds}
	}
	lines := make([]int, 0, len(list))
	for _, d := range list {
		// kids: '@', dotted_name, ...: the expression starts at its name.
		lines = append(lines, firstLeaf(d.kids[1]).line)
	}
	return lines
}

// firstInstrLine is the line co's table gives its first instruction.
func firstInstrLine(co *py.Code) int {
	tab := co.Lnotab
	first := int(co.Firstlineno)
	for i := 0; i+1 < len(tab) && tab[i] == 0; i += 2 {
		first += int(tab[i+1])
	}
	return first
}

// moduleFirstLine is CPython 3.6's co_firstlineno of a module: the line of
// its first instruction, that of its first statement (a string starting
// it counts on the line where it ends, as 3.6 numbers multi-line string
// expressions), or 0 when it has none (the line is then 1).
func moduleFirstLine(root *node) int {
	for _, k := range root.kids {
		if k.sym == symTok {
			continue
		}
		// A token's line is the one it ends on: for a string starting
		// the module, the line 3.6 gives it.
		return firstLeaf(k).line
	}
	return 0
}

func fixChildren(co *py.Code, defs []*scopeDef, deco decoratorLines, scopes classNameScopes, bodies codeBodies) {
	for _, c := range co.Consts {
		k, ok := c.(*py.Code)
		if !ok {
			continue
		}
		var d *scopeDef
		for _, x := range defs {
			if !x.taken && (x.name == k.Name || mangledFrom(k.Name, x.name)) {
				d = x
				break
			}
		}
		if d == nil {
			continue
		}
		d.taken = true
		bodies[k] = d.n
		setFirstLine(k, d.line)
		restoreKwOnlyOrder(k, d.n)
		if d.decorators != nil {
			deco[k] = d.decorators
		}
		if d.n.sym == symClassdef {
			if s := classNameScopeOf(d.n); s != classNameUndeclared {
				scopes[k] = s
			}
		}
		fixChildren(k, childDefs(d.n, false), deco, scopes, bodies)
	}
}

// mangledFrom reports whether code is name mangled by some class.
func mangledFrom(code, name string) bool {
	return len(code) > len(name) && code[0] == '_' && code[len(code)-len(name):] == name
}

// setFirstLine moves the first line of co to line, keeping the line of
// every instruction on that line or later: the table's first increments
// shrink by the shift (instructions before the construct's line, which
// gpython numbers from 1, move to it).
func setFirstLine(co *py.Code, line int) {
	shift := line - int(co.Firstlineno)
	if shift <= 0 {
		return
	}
	tab := []byte(co.Lnotab)
	// The first instruction's line: the construct's line or later, unless
	// it is gpython's default (no line given before it). Otherwise the
	// construct found is not co's: nothing changes.
	first := firstInstrLine(co)
	if first < line && first != int(co.Firstlineno) {
		return
	}
	for i := 0; i+1 < len(tab) && shift > 0; i += 2 {
		d := min(int(tab[i+1]), shift)
		tab[i+1] -= byte(d)
		shift -= d
	}
	co.Firstlineno = int32(line)
	co.Lnotab = string(tab)
}

// childDefs lists the constructs that make code objects directly inside
// the scope n (a module, def, class, lambda or comprehension), in source
// order.
func childDefs(n *node, module bool) []*scopeDef {
	var out []*scopeDef
	var walk func(n *node)
	walkAll := func(ns []*node) {
		for _, k := range ns {
			walk(k)
		}
	}
	walk = func(n *node) {
		if n == nil || n.sym == symTok {
			return
		}
		switch n.sym {
		case symDecorated:
			walk(n.kids[0])
			def := n.kids[1]
			if def.sym == symAsyncFuncdef || def.sym == symAsyncStmt {
				def = def.kids[1]
			}
			out = append(out, &scopeDef{name: def.kids[1].s, line: n.line, n: def, decorators: decoratorLinesOf(n.kids[0])})
			walkAll(def.kids[2 : len(def.kids)-1])
			return
		case symAsyncFuncdef, symAsyncStmt:
			if n.kids[1].sym == symFuncdef {
				def := n.kids[1]
				out = append(out, &scopeDef{name: def.kids[1].s, line: n.line, n: def})
				walkAll(def.kids[2 : len(def.kids)-1])
				return
			}
		case symFuncdef, symClassdef:
			out = append(out, &scopeDef{name: n.kids[1].s, line: n.line, n: n})
			walkAll(n.kids[2 : len(n.kids)-1])
			return
		case symLambdef:
			out = append(out, &scopeDef{name: "<lambda>", line: n.line, n: n})
			walkAll(n.kids[1 : len(n.kids)-1])
			return
		case symAtom, symArgument:
			if name, body := comprehensionOf(n); body != nil {
				if name != "<genexpr>" && isAsyncComp(body) {
					return // a function of asynccomp.go's, not in the tree
				}
				out = append(out, &scopeDef{name: name, line: n.line, n: n})
				walk(compIter(body.kids[len(body.kids)-1]))
				return
			}
		}
		walkAll(n.kids)
	}
	if module {
		walk(n)
		return out
	}
	switch n.sym {
	case symFuncdef, symClassdef:
		walk(n.kids[len(n.kids)-1])
	case symLambdef:
		walk(n.kids[len(n.kids)-1])
	default:
		_, body := comprehensionOf(n)
		if body == nil {
			return nil
		}
		first := compIter(body.kids[len(body.kids)-1])
		var inner func(n *node)
		inner = func(n *node) {
			if n == first {
				return
			}
			if n.sym == symCompFor || n.sym == symCompIf || n == body {
				for _, k := range n.kids {
					inner(k)
				}
				return
			}
			walk(n)
		}
		inner(body)
	}
	return out
}

// comprehensionOf is the code object's name and the body (testlist_comp,
// dictorsetmaker or argument) of the comprehension n, or a nil body.
func comprehensionOf(n *node) (string, *node) {
	if n.sym == symArgument {
		if len(n.kids) == 2 && n.kids[1].sym == symCompFor {
			return "<genexpr>", n
		}
		return "", nil
	}
	if len(n.kids) != 3 {
		return "", nil
	}
	body := n.kids[1]
	if body.sym != symTestlistComp && body.sym != symDictorsetmaker || body.kids[len(body.kids)-1].sym != symCompFor {
		return "", nil
	}
	switch {
	case n.kids[0].is("["):
		return "<listcomp>", body
	case n.kids[0].is("("):
		return "<genexpr>", body
	case len(body.kids) == 4:
		return "<dictcomp>", body
	}
	return "<setcomp>", body
}
