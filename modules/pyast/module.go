package pyast

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/compiler"
)

// nodesSrc is the Python half of _ast: the node classes and the builder
// that turns _parse's tuples into them.
//
//go:embed nodes.py
var nodesSrc string

// onlyAST is CPython's PyCF_ONLY_AST compile() flag.
const onlyAST = 0x400

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_ast", Doc: "The node classes of Python's abstract syntax trees.", FileDesc: "<_ast>"},
		Methods: []*py.Method{
			py.MustNewMethod("_parse", astParse, 0, "_parse(source, filename, mode) -> nested tuples of the tree of source"),
		},
		Globals: py.StringDict{"PyCF_ONLY_AST": py.Int(onlyAST)},
		CodeSrc: nodesSrc,
	})
	compiler.ASTHook = compileHook
}

// astParse is _ast._parse(source, filename, mode).
func astParse(self py.Object, args py.Tuple) (py.Object, error) {
	var src, filename, mode py.Object
	if err := py.UnpackTuple(args, nil, "_parse", 3, 3, &src, &filename, &mode); err != nil {
		return nil, err
	}
	s, ok1 := src.(py.String)
	f, ok2 := filename.(py.String)
	m, ok3 := mode.(py.String)
	if !ok1 || !ok2 || !ok3 {
		return nil, py.ExceptionNewf(py.TypeError, "_parse() arguments must be str")
	}
	n, err := Parse(string(s), string(f), py.CompileMode(m))
	if err != nil {
		return nil, err
	}
	return toPy(n), nil
}

// Parse returns the tree of src as CPython 3.6's ast.parse(src, filename,
// mode) builds it, or the SyntaxError (or ValueError for a NUL byte) that
// CPython raises for it. mode is exec, eval or single.
func Parse(src, filename string, mode py.CompileMode) (n *node, err error) {
	if mode != py.ExecMode && mode != py.EvalMode && mode != py.SingleMode {
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if err := compiler.CheckSyntax(src, filename, mode); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			n, err = nil, py.ExceptionNewf(py.SystemError, "ast: cannot build the tree: %v", r)
		}
	}()
	data := strings.TrimPrefix(src, "\ufeff")
	data = strings.ReplaceAll(data, "\r\n", "\n")
	data = strings.ReplaceAll(data, "\r", "\n")
	p := parser{toks: lex(data)}
	switch mode {
	case py.EvalMode:
		n = p.evalInput()
	case py.SingleMode:
		n = p.singleInput()
	default:
		n = p.fileInput()
	}
	if p.err != nil {
		return nil, p.err
	}
	return n, nil
}

// compileHook is compiler.ASTHook: compile() of an AST object, or of a
// source with PyCF_ONLY_AST in its flags, is handed to _ast's Python side.
func compileHook(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, bool, error) {
	arg := func(i int, name string) py.Object {
		if i < len(args) {
			return args[i]
		}
		return kwargs[name]
	}
	src := arg(0, "source")
	flags, _ := arg(3, "flags").(py.Int)
	isTree := src != nil && isAST(src.Type())
	if !isTree && flags&onlyAST == 0 {
		return nil, false, nil
	}
	mod, ok := self.(*py.Module)
	if !ok || mod.Context == nil {
		return nil, false, nil
	}
	astMod, err := py.ImportModuleLevelObject(mod.Context, "_ast", nil, nil, nil, 0)
	if err != nil {
		return nil, true, err
	}
	fn, err := py.GetAttrString(astMod, "_compile")
	if err != nil {
		return nil, true, err
	}
	res, err := py.Call(fn, py.Tuple{self, args, kwargs2dict(kwargs), py.NewBool(isTree)}, nil)
	return res, true, err
}

func kwargs2dict(kw py.StringDict) py.Object {
	d := py.NewStringDict()
	for k, v := range kw {
		d[k] = v
	}
	return d
}

// isAST reports whether t is _ast.AST or one of its subclasses.
func isAST(t *py.Type) bool {
	if t == nil {
		return false
	}
	for _, b := range t.Mro {
		bt, ok := b.(*py.Type)
		if !ok {
			continue
		}
		if bt.Name == "AST" {
			if m, ok := bt.Dict["__module__"].(py.String); ok && m == "_ast" {
				return true
			}
		}
	}
	return false
}

var _ = fmt.Sprint
