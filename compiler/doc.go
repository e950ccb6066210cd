// Package compiler is the project's front-end over gpython's compiler. It
// gives gpython Python 3.6's f-strings (PEP 498), which gpython's parser
// does not know.
//
// # Place in the stack
//
// gpython compiles every source through the package variable py.Compile
// (scripts, -c, the REPL, imports, exec and eval, doctests). This package's
// init keeps the compiler installed there (gpython's compile package, which
// it imports so that it is initialised first) and installs Compile in its
// place. It also wraps the builtin compile(), which calls gpython's compiler
// directly instead of py.Compile. A blank import is all it takes:
//
//	import _ "github.com/gpython-ssl/gpython-ssl/compiler"
//
// The root package gpythonssl carries that import.
//
// # How f-strings are compiled
//
// Rewrite finds every string atom (one literal or an implicitly concatenated
// run of literals) that holds an f-string, parses it by CPython 3.6's rules
// (Python/ast.c, fstring_find_literal and fstring_find_expr) and replaces the
// atom's text by an expression gpython's parser accepts:
//
//	f"{x!r:>{w}} and {y}"  ->  ''.join(('{0!r:{1}}'.format((x), '{0}'.format((w))), ' and {0}'.format((y))))
//
// Each replacement field becomes one str.format call on a str literal, so
// that, as in CPython, every value is converted and formatted before the next
// field's expression is evaluated; literal text is decoded here, by CPython's
// escape rules, and re-emitted. Nothing in the replacement can be shadowed by
// user names (no builtins are called). str.format is gpython's own only in
// name: package modules/host implements it, and this package imports it.
//
// The rewritten source has exactly the newlines of the original, and every
// newline stays inside the replacement's parentheses, so no code outside an
// f-string changes line. Inside an atom, the expressions are placed on the
// line CPython 3.6 attributes them to: the line on which the atom's first
// literal ends.
//
// # Errors
//
// A malformed f-string raises SyntaxError with CPython 3.6's message, line
// and offset, as a *py.Exception carrying filename, lineno, offset and line
// in its Dict (the shape gpython's own parser produces). CPython finds
// f-string errors after parsing the whole file, so a grammar or tokenizer
// error anywhere in the source is reported first; Compile does the same.
// Errors inside a replacement field's expression are reported against the
// file "<fstring>", as CPython 3.6 does.
package compiler
