// Package host completes gpython's built-in types for the scripts that
// gpython-ssl runs: bytes methods (decode, hex, split, find, ...), bytes.fromhex,
// str.encode and str.format, a bytearray type, format(), callable(),
// issubclass(), bool(x), len() of bytes, isinstance() that honours
// subclasses, and str()/print() of exceptions as CPython renders them. It
// also replaces two functions of gpython's stdlib: os.system and
// time.sleep (which Ctrl-C interrupts, see internal/sigint).
//
// The builtins that consume iterables (list, tuple, set, frozenset, iter,
// min, max, sum, any, all, enumerate, zip, map, filter, reversed,
// dict.fromkeys, str.join, bytes.join, bytes() and bytearray() of an
// iterable, list.extend, set.update) iterate, call, compare and add
// through the project's evaluation loop (package vm: vm.Iter, vm.Next,
// vm.Call, vm.Compare, vm.Add), so they accept what a for loop accepts
// (bytes, classes with __iter__ or __getitem__, generators) and compare as
// the loop does; see iterbuiltins.go.
//
// Everything is installed by the package's init() through gpython's public
// Go API (type Dicts, the builtins module implementation, Type.New), before
// any py.Context exists; a blank import is enough:
//
//	import _ "github.com/gpython-ssl/gpython-ssl/modules/host"
//
// It is additive: a method gpython already has is left alone, and what
// worked in stock gpython behaves the same. What cannot be reached from
// outside gpython (indexing, slicing, iteration, `in` and truthiness of
// bytes) is listed in the README (section "Writing scripts for gpython"), pinned by canary tests.
package host

import (
	_ "github.com/go-python/gpython/stdlib/builtin" // registers "builtins", which init edits
)

func init() {
	installByteArray()
	installBytes()
	installBytesMore()
	installStr()
	installFormatMethods()
	installUnicodeErrors()
	installBuiltins()
	installIO()
	installIterBuiltins()
	installOSSystem()
	installIndexBuiltins()
	installTimeSleep()
}
