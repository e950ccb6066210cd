package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"

	// Sets py.Compile in its init, which must run before ours.
	_ "github.com/go-python/gpython/compile"

	// str.format, which the rewritten f-strings call.
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
)

// next is the compiler that Compile hands rewritten source to: the value of
// py.Compile before this package was initialised.
var next func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error)

func init() {
	if py.Compile == nil {
		panic("compiler: gpython's compile package has not set py.Compile")
	}
	next = py.Compile
	py.Compile = Compile
	wrapBuiltinCompile()
	installUnpackHelper()
	installDecoratorHelper()
	installAnnotationHelper()
	installCoroutineHelper()
	installMatmulHelper()
	installPrivateHelper()
}

// Compile has py.Compile's contract and is installed there: it compiles src
// (a module, statement or expression, as mode says) read as a string, as
// CPython's compile() does. Source that CPython 3.6 rejects gets its
// exception (SyntaxError, IndentationError, TabError, or MemoryError
// when nested too deeply); f-strings are rewritten (Rewrite); the rest is
// the compiler py.Compile held before. It is safe for concurrent use.
func Compile(src, filename string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
	return compileSource(declaredText(src), filename, mode, flags, dontInherit, false)
}

// CompileFile compiles the source of a file run as the main program
// (python3 script.py). It differs from Compile only in its errors at the
// end of the input, which CPython reports as its file reader sees them:
// past the last line, with an empty text.
func CompileFile(src, filename string) (*py.Code, error) {
	text, err := fileText(src, filename)
	if err != nil {
		return nil, err
	}
	return compileSource(text, filename, py.ExecMode, 0, true, true)
}

func compileSource(src, filename string, mode py.CompileMode, flags int, dontInherit, fileInput bool) (*py.Code, error) {
	p, err := prepare(src, filename, mode, fileInput, -1)
	if err != nil {
		return nil, err
	}
	defer p.ck.release()
	code, err := p.compileWith(func(src string) (*py.Code, error) {
		return next(src, filename, p.mode, flags, dontInherit)
	})
	if err = p.compiled(code, err, filename); err != nil {
		return nil, err
	}
	nameComprehensions(code)
	fixQualnames(code) // qualnames.go
	foldConstants(code, p.decorated, p.classNames, p.bodies)
	return code, nil
}

// prepared is a source made ready for gpython's compiler: the text it
// compiles (out), in mode, with the line map back to the source.
type prepared struct {
	ck       *checked
	src, out string
	mode     py.CompileMode
	lines    lineMap
	// decorated: the decorated defs of the code compiled (set by
	// compiled), for foldConstants.
	decorated decoratorLines
	// classNames: what the class bodies declare of __class__ (set by
	// compiled), for foldConstants.
	classNames classNameScopes
	// bodies: the construct each code object was compiled from (set by
	// compiled), for foldConstants.
	bodies codeBodies
	// marked: out with the items of its big displays replaced by their
	// markers (bigdisplay.go), displays those displays; "" and nil: none.
	marked   string
	displays []*bigDisplay
}

// compileWith compiles p with compile, gpython's compiler: out, or its
// big displays apart when it has some, or its statements in runs when it
// has many. The code is the same.
func (p *prepared) compileWith(compile func(src string) (*py.Code, error)) (*py.Code, error) {
	if p.displays != nil {
		co, ok := p.compileChunked(p.marked, compile) // bigmodule.go
		if !ok {
			var err error
			if co, err = compile(p.marked); err != nil {
				co = nil
			}
		}
		if co != nil && expandDisplays(co, p.displays) {
			return co, nil
		}
	} else if co, ok := p.compileChunked(p.out, compile); ok {
		return co, nil
	}
	return compile(p.out)
}

// prepare checks src as CPython 3.6 parses it in mode and rewrites it for
// gpython's compiler.
func prepare(src, filename string, mode py.CompileMode, fileInput bool, optimize int) (*prepared, error) {
	ck, err := check(src, filename, mode, fileInput)
	if err != nil {
		return nil, err
	}
	if err := checkSymtableDepth(ck.root, src); err != nil {
		return nil, err
	}
	if err := warnInvalidEscapes(ck.facts.escapes, src, filename); err != nil {
		return nil, err
	}
	out, err := rewriteChecked(ck.unpacked(src), filename)
	if err == nil {
		in := out
		// Its errors' columns are in its input's text.
		if out, mode, err = ck.rewrite36(in, filename, mode, levelOf(optimize)); err != nil {
			err = remapColumn(err, src, translateNewlines(in), nil)
		}
	}
	if err != nil {
		return nil, err
	}
	out, lines := stripLines(out)
	// "\r\n" and a lone "\r" end lines for CPython, not for gpython.
	out = withNewline(translateNewlines(out), mode)
	if out, err = normalizeIdentifiers(out); err != nil { // identifiers.go
		return nil, err
	}
	p := &prepared{ck: ck, src: src, out: out, mode: mode, lines: lines}
	p.raiseOperatorLines(filename)             // oplines.go
	if ck.facts.maxKids >= 2*bigDisplayMin-1 { // a display's kids: items and commas
		p.marked, p.displays = markDisplays(ck.root, p.out, filename, mode)
	}
	return p, nil
}

// compiled moves what gpython's compiler made of p.out back to the
// source: err (nil: none) becomes CPython's error at the source's line
// and column, code (when err is nil) gets the source's lines.
func (p *prepared) compiled(code py.Object, err error, filename string) error {
	err = remapColumn(err, p.src, p.out, p.lines)
	if err = p.ck.laterError(p.lines.remapError(err), filename); err != nil {
		return err
	}
	if err := p.ck.loopControlError(filename); err != nil {
		return err
	}
	if co, ok := code.(*py.Code); ok && co != nil {
		p.lines.remapCode(co)
		p.decorated, p.classNames, p.bodies = fixFirstLines(co, p.ck.root)
		restoreSurrogates(co)
		markAsyncCode(co) // coroutines_rt.go
	}
	return nil
}

// withNewline ends src, source that CPython parses, as gpython's parser
// needs: with a newline after the last statement, and without a line
// continuation at the end of the input (which CPython ends the statement
// with).
func withNewline(src string, mode py.CompileMode) string {
	if mode == py.EvalMode {
		return src
	}
	if !strings.HasSuffix(src, "\n") {
		src += "\n"
	}
	for strings.HasSuffix(src, "\\\n") {
		src = src[:len(src)-2] + "\n"
	}
	return src
}

// wrapBuiltinCompile makes the builtin compile() rewrite f-strings too:
// gpython's calls its compile package directly, not py.Compile. The wrapper
// rewrites a str source and leaves everything else, argument checks
// included, to the original.
func wrapBuiltinCompile() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("compiler: gpython's builtins module is not registered")
	}
	for i, m := range impl.Methods {
		if m.Name == "compile" {
			impl.Methods[i] = py.MustNewMethod("compile", builtinCompile(m), 0, m.Doc)
			return
		}
	}
}

// ASTHook, when set (by modules/pyast, the _ast module), sees every call of
// compile() first, its int arguments converted: when done, compile()
// returns res and err (an AST object compiled, or PyCF_ONLY_AST asked);
// otherwise compile() goes on as without it.
var ASTHook func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, done bool, err error)

// CheckSyntax returns the exception CPython 3.6 raises when it parses src
// in mode and builds its AST (what ast.parse raises), or nil.
func CheckSyntax(src, filename string, mode py.CompileMode) error {
	if _, err := check(src, filename, mode, false); err != nil {
		return err
	}
	if replacedNormalize() != nil { // its errors are CPython's too
		_, err := normalizeIdentifiers(translateNewlines(src))
		return err
	}
	return nil
}

// builtinCompile returns compile(source, filename, mode, ...) that rewrites
// source before calling orig.
func builtinCompile(orig *py.Method) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		args, err := compileArgs36(args, kwargs)
		if err != nil {
			return nil, err
		}
		kwargs = nil
		if ASTHook != nil {
			if res, done, err := ASTHook(self, args, kwargs); done {
				return res, err
			}
		}
		arg := func(i int, name string) (py.Object, bool) {
			if i < len(args) {
				return args[i], true
			}
			v, ok := kwargs[name]
			return v, ok
		}
		src, ok := arg(0, "source")
		s, isStr := src.(py.String)
		if !ok || !isStr {
			return orig.CallWithKeywords(self, args, kwargs)
		}
		filename, _ := arg(1, "filename")
		name, _ := filename.(py.String)
		mode, _ := arg(2, "mode")
		m, _ := mode.(py.String)
		if m != "exec" && m != "eval" && m != "single" {
			if _, isStr := mode.(py.String); isStr {
				return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
			}
			return orig.CallWithKeywords(self, args, kwargs) // it rejects the mode
		}
		opt := -1
		if len(args) > 5 {
			if n, ok := args[5].(py.Int); ok {
				opt = int(n)
			}
		}
		p, err := prepare(string(s), string(name), py.CompileMode(m), false, opt)
		if err != nil {
			return nil, err
		}
		defer p.ck.release()
		newMode := p.mode
		if newMode != py.CompileMode(m) && len(args) > 2 {
			args = append(append(py.Tuple{}, args[:2]...), append(py.Tuple{py.String(newMode)}, args[3:]...)...)
		} else if newMode != py.CompileMode(m) {
			kw := make(py.StringDict, len(kwargs)+1)
			for k, v := range kwargs {
				kw[k] = v
			}
			kw["mode"] = py.String(newMode)
			kwargs = kw
		}
		var res py.Object // what the last call of orig returned
		co, err := p.compileWith(func(src string) (*py.Code, error) {
			args, kwargs := args, kwargs
			if len(args) > 0 {
				args = append(py.Tuple{py.String(src)}, args[1:]...)
			} else {
				kw := make(py.StringDict, len(kwargs))
				for k, v := range kwargs {
					kw[k] = v
				}
				kw["source"] = py.String(src)
				kwargs = kw
			}
			r, err := orig.CallWithKeywords(self, args, kwargs)
			res = r
			co, _ := r.(*py.Code)
			return co, err
		})
		if co != nil {
			res = co
		}
		if err = p.compiled(res, err, string(name)); err != nil {
			return nil, err
		}
		if co, ok := res.(*py.Code); ok {
			fixQualnames(co) // qualnames.go
			foldConstants(co, p.decorated, p.classNames, p.bodies)
		}
		return res, nil
	}
}
