package sqlite3

/*
#include "shim.h"
*/
import "C"

import (
	"fmt"
	"runtime"
	"runtime/cgo"
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// DatabaseType is _sqlite3.Database, made by _sqlite3.open.
var DatabaseType = py.NewTypeX("Database", "An open sqlite3 database handle.", refuseNew, nil)

func refuseNew(t *py.Type, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	return nil, pyutil.TypeErrorf("cannot create '_sqlite3.%s' instances", t.Name)
}

// The hooks a handle holds at most one of each, outside sqlite's
// function and collation tables (which destroy their own handles).
const (
	hookAuthorizer = iota
	hookProgress
	hookTrace
	numHooks
)

// dbCore is the state a Database's cleanup needs: the handle, the
// statements prepared on it and still open, the hook handles. mu guards
// the statement set and db against the cleanup goroutines.
type dbCore struct {
	mu    sync.Mutex
	db    *C.sqlite3
	stmts map[*stmtCore]struct{}
	hooks [numHooks]cgo.Handle

	// pending is the exception a callback left for the statement being
	// stepped; only the goroutine holding the interpreter lock uses it.
	pending error

	// entering counts the lockDB calls between reading db and holding its
	// mutex; close waits for none before it frees the handle (whose
	// mutex a late lockDB would otherwise enter after the free: a thread
	// hung in sqlite3_mutex_enter when close ran in that gap).
	entering int
	entered  *sync.Cond // on mu, signalled as entering drops
}

// enteredCond is c's condition for entering, made on first use.
func (c *dbCore) enteredCond() *sync.Cond {
	if c.entered == nil {
		c.entered = sync.NewCond(&c.mu)
	}
	return c.entered
}

// takePending returns and clears the pending callback exception.
func (c *dbCore) takePending() error {
	err := c.pending
	c.pending = nil
	return err
}

// close finalises the statements still open, closes the handle and frees
// the hooks. It may run more than once.
//
// No sqlite call is made with mu or the interpreter lock held: a
// cleanup goroutine may wait here for the handle's mutex, which a step
// on another thread holds while its callbacks take mu.
func (c *dbCore) close() C.int {
	c.mu.Lock()
	db := c.db
	if db == nil {
		c.mu.Unlock()
		return C.SQLITE_OK
	}
	c.db = nil
	var ps []*C.sqlite3_stmt
	for s := range c.stmts {
		if p := c.detachLocked(s); p != nil {
			ps = append(ps, p)
		}
	}
	hooks := c.hooks
	c.hooks = [numHooks]cgo.Handle{}
	c.mu.Unlock()
	// Finalising takes the handle's mutex, which another thread may hold
	// while it waits for the interpreter lock (lockDB, a step's
	// callbacks): the calls run with the interpreter lock released.
	var rc C.int
	gil.Unlocked(func() {
		c.mu.Lock()
		for c.entering > 0 {
			c.enteredCond().Wait()
		}
		c.mu.Unlock()
		for _, p := range ps {
			C.sqlite3_finalize(p)
		}
		// A statement still stepping keeps the handle open (a zombie, in
		// sqlite's words) until the step finalises it.
		rc = C.sqlite3_close_v2(db)
	})
	for _, h := range hooks {
		if h != 0 {
			h.Delete()
		}
	}
	return rc
}

// lockDB takes the handle's own mutex for a call from Python, which
// holds the interpreter lock: if a step on another thread has the mutex
// (its callbacks then wait for the interpreter lock), the wait happens
// with the interpreter lock released, so neither waits for the other.
// sqlite's mutex is recursive, so a callback of this thread's own step
// gets it at once. The returned function releases it.
func (c *dbCore) lockDB() (unlock func()) {
	c.mu.Lock()
	db := c.db
	if db != nil {
		c.entering++
	}
	c.mu.Unlock()
	if db == nil {
		return func() {}
	}
	entered := func() {
		c.mu.Lock()
		c.entering--
		c.enteredCond().Broadcast()
		c.mu.Unlock()
	}
	m := C.sqlite3_db_mutex(db)
	if m == nil {
		entered()
		return func() {}
	}
	// The mutex belongs to an OS thread: the goroutine stays on this one
	// until it has left it.
	runtime.LockOSThread()
	if C.sqlite3_mutex_try(m) != C.SQLITE_OK {
		gil.Unlocked(func() { C.sqlite3_mutex_enter(m) })
	}
	entered()
	return func() {
		C.sqlite3_mutex_leave(m)
		runtime.UnlockOSThread()
	}
}

// Database is one open connection.
type Database struct {
	core *dbCore
}

// Type returns _sqlite3.Database.
func (d *Database) Type() *py.Type { return DatabaseType }

// M__repr__ names the type as the module does.
func (d *Database) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_sqlite3.Database object at %p>", d)), nil
}

// handle is the open handle, or the closed-database error.
func (d *Database) handle() (*C.sqlite3, error) {
	if d.core.db == nil {
		return nil, errClosed()
	}
	return d.core.db, nil
}

// open is _sqlite3.open(path, flags, timeout_ms): sqlite3_open_v2 with
// the busy timeout set.
func open(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var path string
	var flags, timeout int
	if err := parseArgs("open", args, &path, &flags, &timeout); err != nil {
		return nil, err
	}
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	var db *C.sqlite3
	rc := C.sqlite3_open_v2(cpath, &db, C.int(flags), nil)
	if rc != C.SQLITE_OK {
		err := dbError(db, rc)
		C.sqlite3_close_v2(db)
		return nil, err
	}
	C.sqlite3_busy_timeout(db, C.int(timeout))
	core := &dbCore{db: db, stmts: map[*stmtCore]struct{}{}}
	d := &Database{core: core}
	runtime.AddCleanup(d, func(c *dbCore) { c.close() }, core)
	return d, nil
}

func init() {
	m := func(name string, f any, doc string) {
		DatabaseType.Dict[name] = py.MustNewMethod(name, f, 0, doc)
	}
	m("close", func(self py.Object) (py.Object, error) {
		d := self.(*Database)
		d.core.lockDB()() // wait for a step running on another thread
		if rc := d.core.close(); rc != C.SQLITE_OK {
			return nil, sqliteError(rc, C.GoString(C.sqlite3_errstr(rc)))
		}
		return py.None, nil
	}, "close()\n\nFinalise every open statement and close the handle; closing twice does nothing.")
	m("closed", func(self py.Object) (py.Object, error) {
		return py.NewBool(self.(*Database).core.db == nil), nil
	}, "closed() -> bool")
	m("prepare", dbPrepare, `prepare(sql) -> (Statement or None, tail, more)

Compile the first statement of sql. tail is the text after it; more tells
whether tail holds anything but whitespace and comments. The statement is
None when sql held no statement.`)
	counter := func(name string, f func(*C.sqlite3) int, doc string) {
		m(name, func(self py.Object) (py.Object, error) {
			defer self.(*Database).core.lockDB()()
			db, err := self.(*Database).handle()
			if err != nil {
				return nil, err
			}
			return py.Int(f(db)), nil
		}, doc)
	}
	counter("changes", func(db *C.sqlite3) int { return int(C.sqlite3_changes(db)) }, "Rows changed by the last statement.")
	counter("total_changes", func(db *C.sqlite3) int { return int(C.sqlite3_total_changes(db)) }, "Rows changed since the handle opened.")
	counter("last_insert_rowid", func(db *C.sqlite3) int { return int(C.sqlite3_last_insert_rowid(db)) }, "Rowid of the last insert.")
	counter("autocommit", func(db *C.sqlite3) int { return int(C.sqlite3_get_autocommit(db)) }, "1 outside a transaction, 0 inside.")
	m("interrupt", func(self py.Object) (py.Object, error) {
		db, err := self.(*Database).handle()
		if err != nil {
			return nil, err
		}
		C.sqlite3_interrupt(db)
		return py.None, nil
	}, "interrupt()\n\nAbort the statements running on the handle.")
	m("create_function", func(self py.Object, args py.Tuple) (py.Object, error) {
		return self.(*Database).createFunction(args, false)
	}, "create_function(name, narg, func)\n\nRegister a scalar SQL function; func None removes it.")
	m("create_aggregate", func(self py.Object, args py.Tuple) (py.Object, error) {
		return self.(*Database).createFunction(args, true)
	}, "create_aggregate(name, narg, cls)\n\nRegister an aggregate whose state is an instance of cls.")
	m("create_collation", dbCreateCollation, "create_collation(name, func)\n\nRegister a collation; func None removes it.")
	m("set_authorizer", func(self py.Object, args py.Tuple) (py.Object, error) {
		return self.(*Database).setHook(hookAuthorizer, args)
	}, "set_authorizer(func)")
	m("set_progress_handler", func(self py.Object, args py.Tuple) (py.Object, error) {
		return self.(*Database).setHook(hookProgress, args)
	}, "set_progress_handler(func, n); func None removes it.")
	m("set_trace_callback", func(self py.Object, args py.Tuple) (py.Object, error) {
		return self.(*Database).setHook(hookTrace, args)
	}, "set_trace_callback(func); func None removes it.")
}

func dbPrepare(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	d := self.(*Database)
	var sql string
	if err := parseArgs("prepare", args, &sql); err != nil {
		return nil, err
	}
	defer d.core.lockDB()()
	db, err := d.handle()
	if err != nil {
		return nil, err
	}
	csql := C.CString(sql)
	defer C.free(unsafe.Pointer(csql))
	var st *C.sqlite3_stmt
	var tail *C.char
	rc := C.sqlite3_prepare_v2(db, csql, C.int(len(sql)+1), &st, &tail)
	if rc != C.SQLITE_OK {
		return nil, dbError(db, rc)
	}
	rest := sql[uintptr(unsafe.Pointer(tail))-uintptr(unsafe.Pointer(csql)):]
	more := py.NewBool(hasSQL(rest))
	if st == nil {
		return py.Tuple{py.None, py.String(rest), more}, nil
	}
	return py.Tuple{d.adopt(st), py.String(rest), more}, nil
}

// hasSQL reports whether s holds anything but whitespace and SQL comments.
func hasSQL(s string) bool {
	for i := 0; i < len(s); {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f':
			i++
		case len(s)-i >= 2 && s[i] == '-' && s[i+1] == '-':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case len(s)-i >= 2 && s[i] == '/' && s[i+1] == '*':
			end := -1
			for j := i + 2; j+1 < len(s); j++ {
				if s[j] == '*' && s[j+1] == '/' {
					end = j + 2
					break
				}
			}
			if end < 0 {
				return false
			}
			i = end
		default:
			return true
		}
	}
	return false
}
