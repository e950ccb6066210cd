// Package vm is gpython-ssl's evaluation loop: it runs the code objects that
// gpython's compiler produces, in place of gpython's own loop.
//
// Importing the package installs it through gpython's public hooks
// (install.go): py.VmEvalCode (every call of a Python function from Go),
// py.VmRunFrame (generators resuming), and py.NewContext (a context whose
// RunCode and module initialisation run module-level code here, since
// gpython's stdlib context would call its own loop directly).
//
// Layout: code.go decodes a *py.Code once into instructions; frame.go holds
// the frame record and the per-thread state; eval.go is the dispatch loop;
// call.go binds arguments and calls; unwind.go is the block stack and
// exception propagation; the ops_*.go files hold the object operations that
// the loop applies (truth, iteration, subscripts, comparison, attributes),
// each in one place.
//
// Invariants: control flow never uses panic; a Go panic inside an opcode
// becomes SystemError. Errors are Go errors carrying py.ExceptionInfo once
// they have left the frame that raised them. One thread state runs one
// Python thread at a time.
package vm
