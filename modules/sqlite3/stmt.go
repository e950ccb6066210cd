package sqlite3

/*
#include "shim.h"
*/
import "C"

import (
	"fmt"
	"runtime"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// StatementType is _sqlite3.Statement, made by Database.prepare.
var StatementType = py.NewTypeX("Statement", "A prepared sqlite3 statement.", refuseNew, nil)

// stmtCore is what a Statement's cleanup finalises; p is nil once
// finalised (by the Statement, its Database's close or a cleanup).
// running is set while a step runs without the interpreter lock; a
// finalisation asked for meanwhile only sets doomed, and the step
// finalises the statement when it returns. The fields are guarded by the
// dbCore's mu.
type stmtCore struct {
	p       *C.sqlite3_stmt
	running bool
	doomed  bool
}

// Statement is one prepared statement. It keeps its Database alive, so
// that the handle outlives every statement prepared on it.
type Statement struct {
	core *stmtCore
	db   *Database
}

// Type returns _sqlite3.Statement.
func (s *Statement) Type() *py.Type { return StatementType }

// M__repr__ names the type as the module does.
func (s *Statement) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_sqlite3.Statement object at %p>", s)), nil
}

// adopt wraps st, registering it with the handle so that close finalises it.
func (d *Database) adopt(st *C.sqlite3_stmt) *Statement {
	core := &stmtCore{p: st}
	d.core.mu.Lock()
	d.core.stmts[core] = struct{}{}
	d.core.mu.Unlock()
	s := &Statement{core: core, db: d}
	dc := d.core
	runtime.AddCleanup(s, func(c *stmtCore) { dc.finalize(c) }, core)
	return s
}

// finalize finalises s unless that was done already.
func (c *dbCore) finalize(s *stmtCore) {
	c.mu.Lock()
	p := c.detachLocked(s)
	c.mu.Unlock()
	if p != nil {
		C.sqlite3_finalize(p)
	}
}

// detachLocked forgets s, with c.mu held, and returns the statement the
// caller must finalise (after unlocking), or nil: when s is finalised
// already, or running, in which case its step finalises it.
func (c *dbCore) detachLocked(s *stmtCore) *C.sqlite3_stmt {
	delete(c.stmts, s)
	p := s.p
	switch {
	case p == nil:
		return nil
	case s.running:
		s.doomed = true
		return nil
	}
	s.p = nil
	return p
}

// stmt is the open statement, or the closed-database error.
func (s *Statement) stmt() (*C.sqlite3_stmt, error) {
	s.db.core.mu.Lock()
	defer s.db.core.mu.Unlock()
	if s.core.p == nil || s.core.doomed {
		return nil, errClosed()
	}
	return s.core.p, nil
}

// step runs the statement to its next row: true when there is one, false
// when it is done. On an error the statement is reset and the error is the
// one the handle reports after the reset, as CPython 3.6 does.
//
// sqlite runs without the interpreter lock (unlockedStep); a close of
// the statement or of its database meanwhile (from another thread or a
// callback) is carried out when the step returns.
func (s *Statement) step() (more bool, err error) {
	core := s.db.core
	core.mu.Lock()
	st := s.core.p
	if st == nil || s.core.doomed {
		core.mu.Unlock()
		return false, errClosed()
	}
	s.core.running = true
	core.mu.Unlock()

	rc := unlockedStep(st)
	if err = core.takePending(); err != nil {
		C.sqlite3_reset(st)
	} else {
		switch rc {
		case C.SQLITE_ROW:
			more = true
		case C.SQLITE_DONE:
		default:
			C.sqlite3_reset(st)
			db := C.sqlite3_db_handle(st)
			err = dbError(db, C.sqlite3_errcode(db))
		}
	}

	core.mu.Lock()
	s.core.running = false
	doomed := s.core.doomed
	if doomed {
		s.core.p = nil
	}
	core.mu.Unlock()
	if doomed {
		C.sqlite3_finalize(st)
	}
	runtime.KeepAlive(s)
	return more, err
}

// bind binds one parameter (1-based) from a Python value; ok is false when
// the value has no SQLite type (the caller words that error).
func (s *Statement) bind(i int, v py.Object) (ok bool, err error) {
	st, err := s.stmt()
	if err != nil {
		return false, err
	}
	var rc C.int
	ci := C.int(i)
	// A str, float, int or bytes subclass instance binds as its value.
	v = pyutil.Unwrap(v)
	switch x := v.(type) {
	case py.NoneType:
		rc = C.sqlite3_bind_null(st, ci)
	case py.String:
		if len(x) > 1<<31-1 {
			return false, py.ExceptionNewf(py.OverflowError, "string longer than INT_MAX bytes")
		}
		rc = C.gosq_bind_text(st, ci, (*C.char)(unsafe.Pointer(unsafe.StringData(string(x)))), C.int(len(x)))
	case py.Float:
		rc = C.sqlite3_bind_double(st, ci, C.double(x))
	default:
		if n, isInt, err := int64Of(v); isInt {
			if err != nil {
				return false, err
			}
			rc = C.sqlite3_bind_int64(st, ci, C.sqlite3_int64(n))
			break
		}
		b, isBuf := bufferOf(v)
		if !isBuf {
			return false, nil
		}
		if len(b) > 1<<31-1 {
			return false, py.ExceptionNewf(py.OverflowError, "BLOB longer than INT_MAX bytes")
		}
		var p unsafe.Pointer
		if len(b) > 0 {
			p = unsafe.Pointer(&b[0])
		}
		rc = C.gosq_bind_blob(st, ci, p, C.int(len(b)))
	}
	if rc != C.SQLITE_OK {
		return false, nil
	}
	return true, nil
}

// row is the current row, text made by textFactory (str decodes UTF-8,
// bytes copies, anything else is called with the bytes), and the columns
// listed in raw as bytes whatever their type (None for NULL and for an
// empty blob), for converters.
func (s *Statement) row(textFactory py.Object, raw map[int]bool) (py.Object, error) {
	st, err := s.stmt()
	if err != nil {
		return nil, err
	}
	n := int(C.sqlite3_data_count(st))
	out := make(py.Tuple, n)
	for i := range n {
		ci := C.int(i)
		typ := C.sqlite3_column_type(st, ci)
		switch {
		case typ == C.SQLITE_NULL:
			out[i] = py.None
		case raw[i]:
			if b := columnBytes(st, ci, false); len(b) > 0 || typ != C.SQLITE_BLOB {
				out[i] = py.Bytes(b)
			} else {
				out[i] = py.None
			}
		case typ == C.SQLITE_INTEGER:
			out[i] = py.Int(int64(C.sqlite3_column_int64(st, ci)))
		case typ == C.SQLITE_FLOAT:
			out[i] = py.Float(float64(C.sqlite3_column_double(st, ci)))
		case typ == C.SQLITE_TEXT:
			b := columnBytes(st, ci, true)
			if textFactory != py.StringType {
				if textFactory == py.BytesType {
					out[i] = py.Bytes(b)
					break
				}
				v, err := py.Call(textFactory, py.Tuple{py.Bytes(b)}, nil)
				if err != nil {
					return nil, err
				}
				out[i] = v
				break
			}
			str, err := decodeText(b)
			if err != nil {
				name := C.GoString(C.sqlite3_column_name(st, ci))
				return nil, py.ExceptionNewf(OperationalErrorType,
					"Could not decode to UTF-8 column '%s' with text '%s'", name, replaceInvalid(b))
			}
			out[i] = py.String(str)
		default:
			out[i] = py.Bytes(columnBytes(st, ci, false))
		}
	}
	return out, nil
}

// columnBytes copies a column's text or blob.
func columnBytes(st *C.sqlite3_stmt, i C.int, text bool) []byte {
	var p unsafe.Pointer
	if text {
		p = unsafe.Pointer(C.sqlite3_column_text(st, i))
	} else {
		p = C.sqlite3_column_blob(st, i)
	}
	n := C.sqlite3_column_bytes(st, i)
	if p == nil || n == 0 {
		return []byte{}
	}
	return C.GoBytes(p, n)
}

func init() {
	m := func(name string, f any, doc string) {
		StatementType.Dict[name] = py.MustNewMethod(name, f, 0, doc)
	}
	m("step", func(self py.Object) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		more, err := self.(*Statement).step()
		if err != nil {
			return nil, err
		}
		return py.NewBool(more), nil
	}, "step() -> bool\n\nRun to the next row: True when there is one, False when done.")
	m("reset", func(self py.Object) (py.Object, error) {
		defer self.(*Statement).db.core.lockDB()()
		if p, err := self.(*Statement).stmt(); err == nil {
			C.sqlite3_reset(p)
		}
		return py.None, nil
	}, "reset()\n\nRewind the statement; its bindings stay.")
	m("finalize", func(self py.Object) (py.Object, error) {
		s := self.(*Statement)
		defer s.db.core.lockDB()()
		s.db.core.finalize(s.core)
		return py.None, nil
	}, "finalize()\n\nRelease the statement; finalising twice does nothing.")
	intOf := func(name string, f func(*C.sqlite3_stmt) int, doc string) {
		m(name, func(self py.Object) (py.Object, error) {
			defer self.(*Statement).db.core.lockDB()()
			st, err := self.(*Statement).stmt()
			if err != nil {
				return nil, err
			}
			return py.Int(f(st)), nil
		}, doc)
	}
	intOf("param_count", func(st *C.sqlite3_stmt) int { return int(C.sqlite3_bind_parameter_count(st)) }, "Number of parameters.")
	intOf("column_count", func(st *C.sqlite3_stmt) int { return int(C.sqlite3_column_count(st)) }, "Number of result columns.")
	intOf("readonly", func(st *C.sqlite3_stmt) int { return int(C.sqlite3_stmt_readonly(st)) }, "1 when the statement writes nothing.")
	strOf := func(name string, f func(*C.sqlite3_stmt, C.int) *C.char, doc string) {
		m(name, func(self py.Object, arg py.Object) (py.Object, error) {
			defer self.(*Statement).db.core.lockDB()()
			st, err := self.(*Statement).stmt()
			if err != nil {
				return nil, err
			}
			i, ok := arg.(py.Int)
			if !ok {
				return nil, pyutil.TypeErrorf("an integer is required")
			}
			p := f(st, C.int(i))
			if p == nil {
				return py.None, nil
			}
			return py.String(C.GoString(p)), nil
		}, doc)
	}
	strOf("param_name", func(st *C.sqlite3_stmt, i C.int) *C.char { return C.sqlite3_bind_parameter_name(st, i) },
		"param_name(i) -> str or None\n\nName of parameter i (from 1), marker included.")
	strOf("column_name", func(st *C.sqlite3_stmt, i C.int) *C.char { return C.sqlite3_column_name(st, i) },
		"column_name(i) -> str or None")
	strOf("column_decltype", func(st *C.sqlite3_stmt, i C.int) *C.char { return C.sqlite3_column_decltype(st, i) },
		"column_decltype(i) -> str or None\n\nDeclared type of column i, None for an expression.")
	m("bind", func(self py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		var i int
		var v py.Object
		if err := parseArgs("bind", args, &i, &v); err != nil {
			return nil, err
		}
		defer self.(*Statement).db.core.lockDB()()
		ok, err := self.(*Statement).bind(i, v)
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	}, "bind(i, value) -> bool\n\nBind parameter i (from 1); False when value has no SQLite type.")
	m("row", func(self py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		var factory, rawArg py.Object
		if err := parseArgs("row", args, &factory, &rawArg); err != nil {
			return nil, err
		}
		var raw map[int]bool
		if t, ok := rawArg.(py.Tuple); ok && len(t) > 0 {
			raw = map[int]bool{}
			for _, o := range t {
				if i, ok := o.(py.Int); ok {
					raw[int(i)] = true
				}
			}
		}
		defer self.(*Statement).db.core.lockDB()()
		return self.(*Statement).row(factory, raw)
	}, "row(text_factory, raw) -> tuple\n\nThe current row, text made by text_factory, the columns in the tuple raw as bytes.")
}
