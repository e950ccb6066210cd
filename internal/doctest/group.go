package doctest

import (
	"errors"
	"fmt"
	"github.com/go-python/gpython/vm"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/go-python/gpython/py"
)

// group is the interpreter of one Sphinx group.
type group struct {
	ctx     py.Context
	globals py.StringDict
	out     *os.File // the group's sys.stdout
	dead    string   // why the group no longer runs examples; "" while it does
}

// group returns the interpreter of the named group, creating it and
// running its fixture on first use.
func (r *runner) group(name string) (*group, error) {
	if g, ok := r.groups[name]; ok {
		return g, nil
	}
	g := &group{}
	r.groups[name] = g
	out, err := os.CreateTemp(r.tmp, "stdout-")
	if err != nil {
		return nil, err
	}
	g.out = out
	g.ctx = py.NewContext(py.DefaultContextOpts())
	sys, err := g.ctx.GetModule("sys")
	if err != nil {
		return nil, err
	}
	sys.Globals["stdout"] = &py.File{File: out, FileMode: py.FileWrite}
	mod, err := g.ctx.Store().NewModule(g.ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<doctest>"}})
	if err != nil {
		return nil, err
	}
	g.globals = mod.Globals
	g.globals["fixture_dir"] = py.String(r.tmp)
	if src, file, ok, err := r.fixture(name); err != nil {
		return nil, err
	} else if ok {
		r.cur.Store(out)
		if err := runSource(g, src, file, py.ExecMode); err != nil {
			r.report.Errors = append(r.report.Errors, fmt.Sprintf("fixture %s raised %s", filepath.Base(file), strings.TrimSpace(exceptionLine(err))))
		}
	}
	return g, nil
}

// fixture returns the source of the group's fixture file, if there is one.
func (r *runner) fixture(groupName string) (src, file string, ok bool, err error) {
	file = filepath.Join(r.opts.Fixtures, r.base+"."+groupName+".py")
	data, err := os.ReadFile(file)
	if errors.Is(err, os.ErrNotExist) {
		return "", file, false, nil
	}
	if err != nil {
		return "", file, false, err
	}
	return string(data), file, true, nil
}

// close releases the groups' interpreters and files. A dead group's
// interpreter may still run its abandoned example: closing it would race
// with it, so it is left to the garbage collector.
func (r *runner) close() {
	for _, g := range r.groups {
		if g.dead != "" {
			continue
		}
		if g.ctx != nil {
			_ = g.ctx.Close()
		}
		if g.out != nil {
			_ = g.out.Close()
		}
	}
}

// errTimedOut marks an example abandoned after Options.Timeout.
var errTimedOut = errors.New("timed out")

// runWithTimeout runs the example's source and waits at most the timeout.
// gpython cannot interrupt running code, so an example that overruns is
// left running in its goroutine, and its group is marked dead: the group's
// later examples fail without running.
func (r *runner) runWithTimeout(g *group, ex *Example, name string) error {
	timeout := r.opts.Timeout
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	if timeout < 0 {
		return runSource(g, ex.Source, name, py.SingleMode)
	}
	done := make(chan error, 1)
	go func() { done <- runSource(g, ex.Source, name, py.SingleMode) }()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case err := <-done:
		return err
	case <-timer.C:
		g.dead = fmt.Sprintf("group %q abandoned: the example at line %d timed out after %v", ex.Group, ex.Line, timeout)
		r.cur.Store(nil)
		return fmt.Errorf("%w after %v", errTimedOut, timeout)
	}
}

// runSource compiles and runs src in the group, turning a Go panic inside
// gpython into an error.
func runSource(g *group, src, name string, mode py.CompileMode) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("Go panic in gpython: %v\n%s", p, debug.Stack())
		}
	}()
	if mode == py.SingleMode {
		// A lone expression is evaluated here and echoed with CPython's
		// repr: gpython's own echo hands vm.PrintExpr gpython's text,
		// which differs for 1-tuples and floats.
		if code, cerr := py.Compile(src, name, py.EvalMode, 0, true); cerr == nil {
			v, err := g.ctx.RunCode(code, g.globals, g.globals, nil)
			if err != nil || v == nil || v == py.None {
				return err
			}
			text, err := pyrepr.Repr(v)
			if err != nil {
				return err
			}
			vm.PrintExpr(text)
			return nil
		}
	}
	code, err := py.Compile(src, name, mode, 0, true)
	if err != nil {
		return err
	}
	_, err = g.ctx.RunCode(code, g.globals, g.globals, nil)
	return err
}
