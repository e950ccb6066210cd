package pyast

import "github.com/go-python/gpython/py"

// node is one node of a CPython 3.6 abstract syntax tree before it becomes
// a Python object: kind is the class name in _ast, fields its _fields'
// values in order, line and col its lineno and col_offset (used only by
// the classes that have those attributes).
//
// A field value is a *node, a []*node (a list), a string (an identifier),
// a py.Object (a constant, or py.None for an absent optional field) or an
// int (FormattedValue.conversion, ImportFrom.level, AnnAssign.simple,
// comprehension.is_async).
type node struct {
	kind      string
	line, col int
	fields    []any
	// paren is true for an expression written inside parentheses: an
	// annotated target in parentheses is not "simple".
	paren bool
}

func mkNode(kind string, at tok, fields ...any) *node {
	return &node{kind: kind, line: at.line, col: at.col, fields: fields}
}

// at is n's location as a token, for nodes placed where another starts.
func (n *node) at() tok { return tok{line: n.line, col: n.col} }

// toPy converts n to the nested tuples _ast's Python side turns into node
// objects: (kind, lineno, col_offset, field...), lists for sequences.
func toPy(v any) py.Object {
	switch x := v.(type) {
	case nil:
		return py.None
	case *node:
		if x == nil {
			return py.None
		}
		t := make(py.Tuple, 0, 3+len(x.fields))
		t = append(t, py.String(x.kind), py.Int(x.line), py.Int(x.col))
		for _, f := range x.fields {
			t = append(t, toPy(f))
		}
		return t
	case []*node:
		l := py.NewListSized(len(x))
		for i, e := range x {
			l.Items[i] = toPy(e)
		}
		return l
	case anyList:
		l := py.NewListSized(len(x))
		for i, e := range x {
			l.Items[i] = toPy(e)
		}
		return l
	case []string:
		l := py.NewListSized(len(x))
		for i, e := range x {
			l.Items[i] = py.String(e)
		}
		return l
	case string:
		return py.String(x)
	case int:
		return py.Int(x)
	case py.Object:
		return x
	}
	return py.None
}
