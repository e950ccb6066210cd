package host

import (
	"github.com/go-python/gpython/py"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The names CPython's site module adds to builtins for the interactive
// prompt: exit and quit (objects whose repr tells how to leave and whose
// call raises SystemExit), and copyright, credits and license (objects
// whose repr, or call, shows a text). The prompt names them in its
// banner, so they exist here without site.

// QuitterType is _sitebuiltins.Quitter, the type of exit and quit.
var QuitterType = py.NewType("Quitter", "exit and quit: call to leave the interpreter.")

// PrinterType is _sitebuiltins._Printer, the type of copyright, credits
// and license.
var PrinterType = py.NewType("_Printer", "A text shown by its repr or when called.")

// quitter is exit or quit.
type quitter struct{ name string }

func (*quitter) Type() *py.Type { return QuitterType }

func (q *quitter) M__repr__() (py.Object, error) {
	return py.String("Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit"), nil
}

// M__call__ closes sys.stdin as CPython's does (a prompt reading a pipe
// then stops), ignoring its errors, and raises SystemExit(code).
func (q *quitter) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var code py.Object = py.None
	if err := py.UnpackTuple(args, kwargs, "__call__", 0, 1, &code); err != nil {
		return nil, err
	}
	if stdin := sysAttr("stdin"); stdin != nil && stdin != py.None {
		if closeFn, err := vm.GetAttr(stdin, "close"); err == nil {
			_, _ = vm.Call(closeFn, nil, nil)
		}
	}
	return nil, &py.Exception{Base: py.SystemExit, Args: py.Tuple{code}, Dict: py.StringDict{}}
}

// printer is copyright, credits or license: text, or for license a repr
// that says to call it, and the text the call prints.
type printer struct {
	repr, text func() string
}

func (*printer) Type() *py.Type { return PrinterType }

func (p *printer) M__repr__() (py.Object, error) { return py.String(p.repr()), nil }

func (p *printer) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := py.UnpackTuple(args, kwargs, "__call__", 0, 0); err != nil {
		return nil, err
	}
	stdout := sysAttr("stdout")
	if stdout == nil || stdout == py.None {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.stdout")
	}
	write, err := vm.GetAttr(stdout, "write")
	if err != nil {
		return nil, err
	}
	_, err = vm.Call(write, py.Tuple{py.String(p.text() + "\n")}, nil)
	return py.None, err
}

// copyrightText is sys.copyright, read when shown.
func copyrightText() string {
	if t, ok := sysAttr("copyright").(py.String); ok {
		return string(t)
	}
	return ""
}

// sysAttr is an attribute of the running interpreter's sys module, nil
// when there is none.
func sysAttr(name string) py.Object {
	ctx := vm.CurrentContext()
	if ctx == nil {
		return nil
	}
	sys, err := ctx.GetModule("sys")
	if err != nil {
		return nil
	}
	return sys.Globals[name]
}

const creditsText = "    gpython-ssl runs Python 3.6 programs on gpython, the Go interpreter of\n" +
	"    the go-python project, with its own loop, compiler and library; Python\n" +
	"    itself is the Python Software Foundation's.  See www.python.org."

const licenseText = "See https://www.python.org/psf/license/ for Python's license, and the\n" +
	"project's LICENSE file for gpython-ssl's."

func init() {
	for _, t := range []*py.Type{QuitterType, PrinterType} {
		t.Dict["__module__"] = py.String("_sitebuiltins")
		t.Dict["__qualname__"] = py.String(t.Name)
	}
	// the text, under the name CPython's _Printer keeps it (test_site
	// reads the license URL from it)
	PrinterType.Dict["_Printer__data"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		p, ok := self.(*printer)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '_Printer__data' for '_Printer' objects doesn't apply to '%s' object", self.Type().Name)
		}
		return py.String(p.text()), nil
	}}
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		return
	}
	kept := impl.Methods[:0]
	for _, m := range impl.Methods {
		if m.Name != "exit" && m.Name != "quit" {
			kept = append(kept, m)
		}
	}
	impl.Methods = kept
	impl.Globals["exit"] = &quitter{name: "exit"}
	impl.Globals["quit"] = &quitter{name: "quit"}
	text := func(s string) func() string { return func() string { return s } }
	impl.Globals["copyright"] = &printer{repr: copyrightText, text: copyrightText}
	impl.Globals["credits"] = &printer{repr: text(creditsText), text: text(creditsText)}
	impl.Globals["license"] = &printer{repr: text("Type license() to see the full license text"), text: text(licenseText)}
}
