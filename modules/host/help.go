package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// HelperType is CPython's _sitebuiltins._Helper: the type of
// builtins.help, whose repr tells how to use it and whose call hands its
// arguments to pydoc.help (Lib/modules/pydoc.py), imported on first use.
var HelperType = py.NewType("_Helper", "Show the documentation of an object: help(thing); help() starts the interactive help.")

// helper is builtins.help in one context. ctx is the context that made
// the builtins module.
type helper struct{ ctx py.Context }

// Type implements py.Object.
func (*helper) Type() *py.Type { return HelperType }

// M__repr__ is CPython's text for help.
func (*helper) M__repr__() (py.Object, error) {
	return py.String("Type help() for interactive help, or help(object) for help about object."), nil
}

// M__call__ imports pydoc and calls pydoc.help with the arguments.
//
// The builtins module is made by gpython's own context, which the
// project's context (package vm) wraps; only the wrapper imports the
// modules written in Python. The __main__ module, which the running
// script or REPL executes in, belongs to the wrapper, so the import goes
// through __main__'s context when there is one.
func (h *helper) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	ctx := h.ctx
	if m, err := ctx.Store().GetModule("__main__"); err == nil && m.Context != nil {
		ctx = m.Context
	}
	mod, err := py.ImportModuleLevelObject(ctx, "pydoc", nil, nil, nil, 0)
	if err != nil {
		return nil, err
	}
	fn, err := vm.GetAttr(mod, "help")
	if err != nil {
		return nil, err
	}
	return vm.Call(fn, args, kwargs)
}

// makeHelper is the hidden builtin that the builtins module's code calls
// once per context to make that context's help; the code then deletes
// it.
var makeHelper = py.MustNewMethod("_make_helper", func(self py.Object, args py.Tuple) (py.Object, error) {
	m, ok := self.(*py.Module)
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "_make_helper: no module")
	}
	return &helper{ctx: m.Context}, nil
}, 0, "Make the help object of this interpreter.")

// helperCode is the builtins module's code: it makes help and removes
// the hidden builtin that made it.
const helperCode = "help = _make_helper()\ndel _make_helper\n"

func init() {
	HelperType.Dict["__module__"] = py.String("_sitebuiltins")
	HelperType.Dict["__qualname__"] = py.String("_Helper")
	impl := py.GetModuleImpl("builtins")
	if impl == nil || impl.Code != nil || len(impl.CodeSrc) > 0 || len(impl.CodeBuf) > 0 {
		return
	}
	// Made here, once (a context compiling it on first use would write
	// impl.Code while another context reads it), and by hand: running
	// gpython's compiler for two statements cost every start-up a third
	// of a millisecond. TestHelperCodeCompiled checks it against the
	// compiler's output for helperCode.
	impl.Methods = append(impl.Methods, makeHelper)
	impl.Code = helperCodeObject()
}

// helperCodeObject is helperCode compiled by gpython's compiler, written
// out: the name _make_helper is called, its result stored as help, then
// the name deleted.
func helperCodeObject() *py.Code {
	const (
		loadName     = "e\x00\x00"    // LOAD_NAME 0 (_make_helper)
		callFunction = "\x83\x00\x00" // CALL_FUNCTION 0
		storeName    = "Z\x01\x00"    // STORE_NAME 1 (help)
		deleteName   = "[\x00\x00"    // DELETE_NAME 0 (_make_helper)
		loadConst    = "d\x00\x00"    // LOAD_CONST 0 (None)
		returnValue  = "S"            // RETURN_VALUE
	)
	return &py.Code{
		Stacksize:   1,
		Flags:       py.CO_NOFREE,
		Code:        loadName + callFunction + storeName + deleteName + loadConst + returnValue,
		Consts:      py.Tuple{py.None},
		Names:       []string{"_make_helper", "help"},
		Filename:    "<builtins>",
		Name:        "<module>",
		Firstlineno: 1,
		Lnotab:      "\t\x01",
	}
}
