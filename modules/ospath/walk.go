package ospath

import (
	"fmt"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// WalkType is the type of os.walk's result: an iterator that reads each
// directory when it gets there, so that a top-down caller may prune the
// dirnames list it was given.
var WalkType = py.NewTypeX("generator", "os.walk iterator", nil, nil)

// walkFrame is one directory being walked.
type walkFrame struct {
	top      pathValue
	dirs     *py.List
	nondirs  *py.List
	walkInto []pathValue // bottom-up: the subdirectories to visit
	next     int
}

type walker struct {
	root        pathValue
	started     bool
	topdown     bool
	followlinks bool
	onerror     py.Object
	stack       []*walkFrame
}

// Type implements py.Object.
func (w *walker) Type() *py.Type { return WalkType }

func (w *walker) M__iter__() (py.Object, error) { return w, nil }

func (w *walker) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<generator object walk at %p>", w)), nil
}

// visit reads top; a failure goes to onerror and gives no frame.
func (w *walker) visit(top pathValue) (*walkFrame, error) {
	entries, err := scan(top)
	if err != nil {
		if w.onerror != py.None {
			if _, err := vm.Call(w.onerror, py.Tuple{osError(err, top.obj(top.s)).(py.Object)}, nil); err != nil {
				return nil, err
			}
		}
		return nil, nil
	}
	f := &walkFrame{top: top, dirs: py.NewList(), nondirs: py.NewList()}
	for _, e := range entries {
		isDir := e.test(syscall.S_IFDIR, true)
		if isDir {
			f.dirs.Append(e.name.obj(e.name.s))
			if !w.topdown && (w.followlinks || !e.test(syscall.S_IFLNK, false)) {
				f.walkInto = append(f.walkInto, e.path)
			}
		} else {
			f.nondirs.Append(e.name.obj(e.name.s))
		}
	}
	return f, nil
}

func (f *walkFrame) result() py.Object {
	return py.Tuple{f.top.obj(f.top.s), f.dirs, f.nondirs}
}

func (w *walker) M__next__() (py.Object, error) {
	if !w.started {
		w.started = true
		f, err := w.visit(w.root)
		if err != nil || f == nil {
			return nil, orStop(err)
		}
		w.stack = append(w.stack, f)
		if w.topdown {
			return f.result(), nil
		}
	}
	for len(w.stack) > 0 {
		f := w.stack[len(w.stack)-1]
		var sub pathValue
		var have bool
		if w.topdown {
			for !have && f.next < len(f.dirs.Items) {
				name := f.dirs.Items[f.next]
				f.next++
				p, err := systemPath(name)
				if err != nil {
					return nil, err
				}
				sub = pathValue{s: joinTwo(f.top.s, p.s), isBytes: f.top.isBytes, system: f.top.system}
				var st syscall.Stat_t
				if w.followlinks || syscall.Lstat(sub.s, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFLNK {
					have = true
				}
			}
		} else if f.next < len(f.walkInto) {
			sub, have = f.walkInto[f.next], true
			f.next++
		}
		if !have {
			w.stack = w.stack[:len(w.stack)-1]
			if !w.topdown {
				return f.result(), nil
			}
			continue
		}
		nf, err := w.visit(sub)
		if err != nil {
			return nil, err
		}
		if nf == nil {
			continue
		}
		w.stack = append(w.stack, nf)
		if w.topdown {
			return nf.result(), nil
		}
	}
	return nil, py.StopIteration
}

func orStop(err error) error {
	if err != nil {
		return err
	}
	return py.StopIteration
}

func osWalk(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var top py.Object
	var topdown py.Object = py.True
	var onerror py.Object = py.None
	var followlinks py.Object = py.False
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOO:walk", []string{"top", "topdown", "onerror", "followlinks"}, &top, &topdown, &onerror, &followlinks); err != nil {
		return nil, err
	}
	w := &walker{onerror: onerror}
	if w.topdown, err = vm.Truth(topdown); err != nil {
		return nil, err
	}
	if w.followlinks, err = vm.Truth(followlinks); err != nil {
		return nil, err
	}
	// CPython's walk is a generator: a bad top raises at the first next().
	p, err := systemPath(top)
	if err != nil {
		return &walkError{err: err}, nil
	}
	w.root = p
	return w, nil
}

// walkError is a walk whose first step raises err.
type walkError struct {
	err  error
	done bool
}

// Type implements py.Object.
func (w *walkError) Type() *py.Type { return WalkType }

func (w *walkError) M__iter__() (py.Object, error) { return w, nil }

func (w *walkError) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<generator object walk at %p>", w)), nil
}

func (w *walkError) M__next__() (py.Object, error) {
	if w.done {
		return nil, py.StopIteration
	}
	w.done = true
	return nil, w.err
}
