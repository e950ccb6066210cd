package vm

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The instructions CPython 3.6 compiles f-strings to, which the project's
// compiler emits (compiler/fstring_ops.go) in its CPython 3.4 layout:
//
//	FORMAT_VALUE flags: pops the format spec (with flags&4: it is on top)
//	  and the value; converts the value by flags&3 (1 str(), 2 repr(),
//	  3 ascii()) and pushes format(value, spec), a str as it is when there
//	  is no spec;
//	BUILD_STRING n: pops n str and pushes their concatenation.
//
// and those of 3.6's function making (compiler/makefunc.go), its
// MAKE_FUNCTION under an opcode of its own, as 3.4's means something else:
//
//	BUILD_CONST_KEY_MAP n: pops n values and a tuple of n keys above them
//	  and pushes the dict of them;
//	SETUP_ANNOTATIONS: binds __annotations__ to a new dict in the
//	  namespace unless it has one;
//	STORE_ANNOTATION namei: pops an annotation and stores it in the
//	  namespace's __annotations__ under the name;
//	BUILD_MAP36 n: 3.6's BUILD_MAP (compiler/dictdisplays.go), under an
//	  opcode of its own: pops n key, value pairs, the first deepest, and
//	  pushes the dict of them in that order;
//	MAKE_FUNCTION36 flags: pops the qualname, the code, then what the
//	  flags say: a closure tuple (8), an annotations dict (4), a
//	  keyword-only defaults dict (2), a defaults tuple (1); pushes the
//	  function.
const (
	opFORMAT_VALUE        = 155
	opBUILD_STRING        = 157
	opBUILD_CONST_KEY_MAP = 156
	opMAKE_FUNCTION36     = 139
	opBUILD_MAP36         = 159
	opSETUP_ANNOTATIONS   = 85
	opSTORE_ANNOTATION    = 127
)

// FormatValue is format(v, spec) (CPython's PyObject_Format): set by
// modules/host, which implements the format mini-language.
var FormatValue func(v py.Object, spec string) (string, error)

// execOp36 runs the instructions of 3.6 that the loop reaches past its
// own switch; any other opcode is the loop's unknown-opcode error.
func (t *thread) execOp36(f *frame, in instr) error {
	switch in.op {
	case opFORMAT_VALUE:
		return formatValueOp(f, int(in.arg))
	case opBUILD_STRING:
		return buildStringOp(f, int(in.arg))
	case opBUILD_CONST_KEY_MAP:
		return t.buildConstKeyMapOp(f, int(in.arg))
	case opBUILD_MAP36:
		return buildMap36Op(f, int(in.arg))
	case opSETUP_ANNOTATIONS:
		return t.setupAnnotations(f)
	case opSTORE_ANNOTATION:
		return t.storeAnnotation(f, f.c.names[in.arg], f.pop())
	case opMAKE_FUNCTION36:
		if err := makeFunction36(f, int(in.arg)); err != nil {
			return err
		}
		t.markGenexpr(f)
		return nil
	}
	if done, err := execUnpack(f, in.op, int(in.arg)); done { // exec_unpack.go
		return err
	}
	return py.ExceptionNewf(py.SystemError, "vm: unknown opcode %d", in.op)
}

func formatValueOp(f *frame, flags int) error {
	spec := ""
	hasSpec := flags&4 != 0
	if hasSpec {
		s, ok := pyutil.Unwrap(f.pop()).(py.String)
		if !ok {
			return py.ExceptionNewf(py.SystemError, "FORMAT_VALUE: the format spec is not a str")
		}
		spec = string(s)
	}
	v := f.pop()
	switch flags & 3 {
	case 1:
		s, err := pyrepr.Str(v)
		if err != nil {
			return err
		}
		v = py.String(s)
	case 2, 3:
		s, err := pyrepr.Repr(v)
		if err != nil {
			return err
		}
		if flags&3 == 3 {
			s = pyrepr.ASCII(s)
		}
		v = py.String(s)
	}
	if s, ok := v.(py.String); ok && !hasSpec {
		f.push(s)
		return nil
	}
	if FormatValue == nil {
		return py.ExceptionNewf(py.SystemError, "FORMAT_VALUE: no formatter installed")
	}
	s, err := FormatValue(v, spec)
	if err != nil {
		return err
	}
	f.push(py.String(s))
	return nil
}

func buildStringOp(f *frame, n int) error {
	if n > f.sp {
		return py.ExceptionNewf(py.SystemError, "BUILD_STRING: stack underflow")
	}
	items := f.stack[f.sp-n : f.sp]
	var b strings.Builder
	for _, it := range items {
		s, ok := pyutil.Unwrap(it).(py.String)
		if !ok {
			return py.ExceptionNewf(py.SystemError, "BUILD_STRING: an item is not a str")
		}
		b.WriteString(string(s))
	}
	clear(items)
	f.sp -= n
	f.push(py.String(b.String()))
	return nil
}

func (t *thread) buildConstKeyMapOp(f *frame, n int) error {
	keys, ok := f.pop().(py.Tuple)
	if !ok || len(keys) != n || n > f.sp {
		return py.ExceptionNewf(py.SystemError, "bad BUILD_CONST_KEY_MAP keys argument")
	}
	values := f.stack[f.sp-n : f.sp]
	if d := t.constKeyDict(keys, values); d != nil { // fast_display.go
		clear(values)
		f.sp -= n
		f.push(d)
		return nil
	}
	d := NewDict(n)
	for i, k := range keys {
		if err := d.SetItem(k, values[i]); err != nil {
			return err
		}
	}
	clear(values)
	f.sp -= n
	f.push(d)
	return nil
}

func buildMap36Op(f *frame, n int) error {
	if 2*n > f.sp {
		return py.ExceptionNewf(py.SystemError, "bad BUILD_MAP argument")
	}
	pairs := f.stack[f.sp-2*n : f.sp]
	d := NewDict(n)
	for i := 0; i < len(pairs); i += 2 {
		if err := d.SetItem(pairs[i], pairs[i+1]); err != nil {
			return err
		}
	}
	clear(pairs)
	f.sp -= 2 * n
	f.push(d)
	return nil
}

// orderedNamespace is the str-keyed dict d as a namespace, in d's order.
func orderedNamespace(d *Dict) py.StringDict {
	ns := py.NewStringDict()
	var order []string
	d.Items(func(k, v py.Object) bool {
		if s, ok := pyutil.Unwrap(k).(py.String); ok {
			ns[string(s)] = v
			order = append(order, string(s))
		}
		return true
	})
	setNamespaceOrder(ns, order)
	return ns
}

func makeFunction36(f *frame, flags int) error {
	qualname := f.pop()
	co, ok := f.pop().(*py.Code)
	if !ok {
		return py.ExceptionNewf(py.SystemError, "MAKE_FUNCTION without a code object")
	}
	qn, _ := qualname.(py.String)
	fn := py.NewFunction(f.ctx, co, f.globals, string(qn))
	if flags&8 != 0 {
		fn.Closure, _ = f.pop().(py.Tuple)
	}
	if flags&4 != 0 {
		if d, ok := f.pop().(*Dict); ok {
			fn.Annotations = orderedNamespace(d)
		}
	}
	if flags&2 != 0 {
		if d, ok := f.pop().(*Dict); ok {
			fn.KwDefaults = orderedNamespace(d)
		}
	}
	if flags&1 != 0 {
		fn.Defaults, _ = f.pop().(py.Tuple)
	}
	f.push(fn)
	return nil
}

// setupAnnotations is SETUP_ANNOTATIONS: the namespace is f's locals, a
// mapping's items when they stand for one (exec() with a mapping, a class
// body of a __prepare__d namespace).
func (t *thread) setupAnnotations(f *frame) error {
	if m := t.mappedLocals(f); m != nil {
		_, err := GetItem(m, py.String("__annotations__"))
		if err == nil || !py.IsException(py.KeyError, err) {
			return err
		}
		return SetItem(m, py.String("__annotations__"), NewDict(0))
	}
	if f.locals == nil {
		return py.ExceptionNewf(py.SystemError, "no locals found when setting up annotations")
	}
	if _, ok := LoadName(f.locals, "__annotations__"); ok {
		return nil
	}
	return StoreName(f.locals, "__annotations__", NewDict(0))
}

// storeAnnotation is STORE_ANNOTATION of ann under name.
func (t *thread) storeAnnotation(f *frame, name string, ann py.Object) error {
	var d py.Object
	if m := t.mappedLocals(f); m != nil {
		var err error
		if d, err = GetItem(m, py.String("__annotations__")); err != nil {
			if py.IsException(py.KeyError, err) {
				return py.ExceptionNewf(py.NameError, "__annotations__ not found")
			}
			return err
		}
	} else {
		if f.locals == nil {
			return py.ExceptionNewf(py.SystemError, "no locals found when storing annotation")
		}
		var ok bool
		if d, ok = LoadName(f.locals, "__annotations__"); !ok {
			return py.ExceptionNewf(py.NameError, "__annotations__ not found")
		}
	}
	if vd, ok := d.(*Dict); ok {
		return vd.SetItem(py.String(name), ann)
	}
	return SetItem(d, py.String(name), ann)
}
