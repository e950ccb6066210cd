package compiler

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The kinds of __pep492__ that run async for and async with (rewritten by
// asyncstmt.go), with CPython 3.6's errors:
//
//	'ai' (obj)           the asynchronous iterator of obj (GET_AITER)
//	'm'  (state)         whether the loop may fetch another item
//	'an' (state)         the iterator awaiting the next item (GET_ANEXT)
//	'e'  (state)         the iterator is exhausted (the state lets go of it)
//	'l'  (state)         whether a legacy __aiter__'s awaitable is pending
//	'lw' (state)         the iterator awaiting it
//	'ls' (state, it)     it (what it gave) is the asynchronous iterator
//	'ae' (mgr)           looks up __aenter__ and __aexit__ and calls
//	                     __aenter__ (BEFORE_ASYNC_WITH)
//	'aw' (state)         the iterator awaiting __aenter__'s result
//	'ax' (state, exc)    calls __aexit__ with exc's type, exc and its
//	                     traceback, or with three Nones when exc is None,
//	                     once: the iterator awaiting its result
//	'o'  (state)         whether __aexit__ is still to be called
//	'S'  ()              a new empty set (asynchronous set comprehensions)

// asyncForState is the iterator of an async for loop.
type asyncForState struct {
	it      py.Object
	pending py.Object // what a legacy __aiter__'s awaitable gives awaits
	done    bool
}

// asyncWithState is the context manager of an async with item.
type asyncWithState struct {
	exit, entered py.Object
	exited        bool
}

var (
	asyncForType  = py.NewType("pep492_async_for", "the iterator of an async for loop")
	asyncWithType = py.NewType("pep492_async_with", "the manager of an async with item")
)

func (*asyncForState) Type() *py.Type  { return asyncForType }
func (*asyncWithState) Type() *py.Type { return asyncWithType }

// asyncStmtBuiltin runs the kinds above; handled is false for other kinds.
func asyncStmtBuiltin(kind py.String, args py.Tuple) (res py.Object, handled bool, err error) {
	switch kind {
	case "S":
		if len(args) == 0 {
			return vm.NewSet(), true, nil
		}
	case "ai":
		if len(args) == 1 {
			res, err = asyncIter(args[0])
			return res, true, err
		}
	case "ls":
		if len(args) != 2 {
			break
		}
		if st, ok := args[0].(*asyncForState); ok {
			st.it, st.pending = args[1], nil
			return py.None, true, nil
		}
	case "m", "e", "an", "l", "lw":
		st, ok := oneArg(args).(*asyncForState)
		if !ok {
			break
		}
		switch kind {
		case "l":
			return py.NewBool(st.pending != nil), true, nil
		case "lw":
			return st.pending, true, nil
		case "m":
			return py.NewBool(!st.done), true, nil
		case "e":
			// The loop is over: CPython 3.6 pops the iterator before
			// the else clause.
			st.done, st.it, st.pending = true, nil, nil
			return py.None, true, nil
		}
		res, err = asyncNext(st.it)
		return res, true, err
	case "ae":
		if len(args) == 1 {
			res, err = asyncEnter(args[0])
			return res, true, err
		}
	case "aw", "o":
		st, ok := oneArg(args).(*asyncWithState)
		if !ok {
			break
		}
		if kind == "o" {
			return py.NewBool(!st.exited), true, nil
		}
		res, err = awaitIter(st.entered)
		if err != nil && py.IsException(py.TypeError, err) {
			err = py.ExceptionNewf(py.TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", cTypeName(st.entered.Type()))
		}
		return res, true, err
	case "ax":
		if len(args) != 2 {
			break
		}
		st, ok := args[0].(*asyncWithState)
		if !ok {
			break
		}
		res, err = st.callExit(args[1])
		return res, true, err
	}
	return nil, false, nil
}

// oneArg is the only argument, or nil.
func oneArg(args py.Tuple) py.Object {
	if len(args) != 1 {
		return nil
	}
	return args[0]
}

// typeMethod finds the special method name of o's type, bound to o, or
// nil.
func typeMethod(o py.Object, name string) py.Object {
	if t := specialType(o); t != nil {
		m := t.Lookup(name)
		if m == nil {
			return nil
		}
		return &boundSpecial{self: o, fn: m}
	}
	if o.Type().Lookup(name) == nil {
		return nil
	}
	m, err := vm.GetAttr(o, name)
	if err != nil {
		return nil
	}
	return m
}

// boundSpecial is a special method of a Python class bound to an
// instance.
type boundSpecial struct {
	self, fn py.Object
}

var boundSpecialType = py.NewType("pep492_bound", "a special method bound to its object")

func (*boundSpecial) Type() *py.Type { return boundSpecialType }

// callBound calls m (from typeMethod) with args.
func callBound(m py.Object, args ...py.Object) (py.Object, error) {
	if b, ok := m.(*boundSpecial); ok {
		return vm.Call(b.fn, append(py.Tuple{b.self}, args...), nil)
	}
	return vm.Call(m, py.Tuple(args), nil)
}

// asyncIter is CPython 3.6's GET_AITER. An __aiter__ that returns no
// asynchronous iterator but an awaitable is 3.5's protocol, deprecated
// (a DeprecationWarning) and still run: the state keeps the awaitable,
// which the loop awaits once before its first item ('l', 'lw', 'ls').
func asyncIter(obj py.Object) (py.Object, error) {
	m := typeMethod(obj, "__aiter__")
	if m == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'async for' requires an object with __aiter__ method, got %s", cTypeName(obj.Type()))
	}
	it, err := callBound(m)
	if err != nil {
		return nil, err
	}
	if typeMethod(it, "__anext__") != nil {
		return &asyncForState{it: it}, nil
	}
	aw, err := awaitIter(it)
	if err != nil {
		return nil, typeErrorFrom(err, "'async for' received an invalid object from __aiter__: %s", cTypeName(it.Type()))
	}
	msg := "'" + cTypeName(obj.Type()) + "' implements legacy __aiter__ protocol; __aiter__ should return an asynchronous iterator, not awaitable"
	if err := vm.Warn(py.DeprecationWarning, msg, 1); err != nil {
		return nil, err
	}
	return &asyncForState{pending: aw}, nil
}

// legacyAiter is the statement, added after the one that makes the
// state it of an async for, that awaits the result of a legacy __aiter__
// (see asyncIter).
func legacyAiter(it string) string {
	return fmt.Sprintf("%s('l', %s) and %s('ls', %s, (yield from %s('lw', %s)))", coroHelper, it, coroHelper, it, coroHelper, it)
}

// asyncNext is CPython 3.6's GET_ANEXT: the iterator that awaits the
// result of it.__anext__().
func asyncNext(it py.Object) (py.Object, error) {
	m := typeMethod(it, "__anext__")
	if m == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'async for' requires an iterator with __anext__ method, got %s", cTypeName(it.Type()))
	}
	aw, err := callBound(m)
	if err != nil {
		return nil, err
	}
	res, err := awaitIter(aw)
	if err != nil {
		return nil, typeErrorFrom(err, "'async for' received an invalid object from __anext__: %s", cTypeName(aw.Type()))
	}
	return res, nil
}

// typeErrorFrom is the TypeError of format and args raised from err (its
// __cause__ and __context__), as CPython's _PyErr_FormatFromCause makes
// it.
func typeErrorFrom(err error, format string, args ...any) error {
	e := py.ExceptionNewf(py.TypeError, format, args...)
	var cause py.Object
	switch c := err.(type) {
	case *py.Exception:
		cause = c
	case py.ExceptionInfo:
		cause = c.Value
	case *py.ExceptionInfo:
		cause = c.Value
	}
	if cause != nil {
		e.Cause, e.Context, e.SuppressContext = cause, cause, true
	}
	return e
}

// asyncEnter is CPython 3.6's BEFORE_ASYNC_WITH.
func asyncEnter(mgr py.Object) (py.Object, error) {
	exit := typeMethod(mgr, "__aexit__")
	if exit == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "__aexit__")
	}
	enter := typeMethod(mgr, "__aenter__")
	if enter == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "__aenter__")
	}
	res, err := callBound(enter)
	if err != nil {
		return nil, err
	}
	return &asyncWithState{exit: exit, entered: res}, nil
}

// callExit calls __aexit__ for exc (an exception, or None) and returns
// the iterator awaiting its result.
func (st *asyncWithState) callExit(exc py.Object) (py.Object, error) {
	st.exited = true
	args := []py.Object{py.None, py.None, py.None}
	if exc != py.None {
		tb, err := vm.GetAttr(exc, "__traceback__")
		if err != nil {
			tb = py.None
		}
		args = []py.Object{exc.Type(), exc, tb}
	}
	res, err := callBound(st.exit, args...)
	if err != nil {
		return nil, err
	}
	it, err := awaitIter(res)
	if err != nil && py.IsException(py.TypeError, err) {
		err = py.ExceptionNewf(py.TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", cTypeName(res.Type()))
	}
	return it, err
}
