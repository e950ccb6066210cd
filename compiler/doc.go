// Package compiler is the project's front-end over gpython's compiler. It
// gives gpython Python 3.6's f-strings (PEP 498) and additional unpacking
// generalizations (PEP 448), which gpython's parser does not know, and
// CPython 3.6's syntax errors: the same exception
// (SyntaxError, IndentationError, TabError), message, line, offset and
// text, for every source.
//
// # Place in the stack
//
// gpython compiles every source through the package variable py.Compile
// (scripts, -c, the REPL, imports, exec and eval, doctests). This package's
// init keeps the compiler installed there (gpython's compile package, which
// it imports so that it is initialised first) and installs Compile in its
// place. It also wraps the builtin compile(), which calls gpython's compiler
// directly instead of py.Compile. CompileFile is Compile for a script run as
// the main program, which CPython reads as a file, not as a string (only
// errors at the end of the input differ). A blank import is all it takes:
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
// # How PEP 448 unpacking is compiled
//
// After check has accepted a source, unpack.go walks its tree for what
// gpython's grammar lacks: more than one *args or **kwargs in a call, a
// positional argument after *args, a keyword after **kwargs, a comma after
// either, and starred elements in list, tuple, set and dict displays
// (assignment, for, with and comprehension targets are left alone). Each
// such construct becomes calls of the builtin __pep448__ (unpack_rt.go,
// added to gpython's builtins module by this package's init):
//
//	f(*a, x, *b, y=1, **d)  ->  __pep448__('k', __pep448__('c', f, a, (x,), b), {'y': 1}, d)
//	[*a, *b]                ->  __pep448__('l', a, b)
//
// The operands are the construct's own expressions, in CPython 3.6's order
// of evaluation (a call's positional operands are evaluated and iterated
// before its keyword operands are evaluated), and the helper raises CPython
// 3.6's errors ("f() argument after * must be an iterable, not int",
// "f() got multiple values for keyword argument 'x'", "'int' object is not
// a mapping", ...). No name a script can shadow is looked up but
// __pep448__ itself, which scripts are not expected to define. A rewritten
// construct keeps its newlines (blanks and comments between its operands
// become their newlines), so no line changes; sources without such a
// construct reach gpython byte for byte (FuzzUnpack). The same is done to
// the expressions of f-string fields.
//
// # Numbers, annotations, coroutines, @ and \N{...}
//
// Last, rewrite36.go parses the rewritten source again when the checked
// tree has a Python 3.6 construct that gpython's parser lacks, and
// replaces it: underscores in numbers (PEP 515,
// numlit.go) are dropped; variable annotations (PEP 526, annotations.go)
// become the assignment and, in module and class bodies, a store into
// __annotations__ through the builtin __pep526__; async def and await
// (PEP 492, coroutines.go) become a generator function and
// "yield from __pep492__('a', x)", the function being turned into a
// coroutine function by the builtin __pep492__ (coroutines_rt.go), whose
// coroutine objects are CPython 3.6's; an async def with a yield becomes
// an async generator function the same way (PEP 525, asyncgen_rt.go).
// async for, async with (asyncstmt.go) and asynchronous list, set and dict
// comprehensions (PEP 530, asynccomp.go) become the statements CPython
// compiles them to, over temporary local names; they need lines of their
// own, which are marked and mapped back (lines.go): the compiled code and
// gpython's SyntaxErrors carry the original lines. An asynchronous
// comprehension nested in the element or a condition of another one is
// defined inside the outer one's function. CPython's errors for these
// constructs that its symbol table and code generator raise ("annotated
// name 'x' can't be global", "'await' outside async function",
// "asynchronous comprehension outside of an asynchronous function", ...)
// are raised there.
//
// The matrix multiplication operators @ and @= (PEP 465, matmul.go) become
// calls of the builtin __pep465__ (matmul_rt.go), and "\N{name}" escapes
// in str literals are resolved by Unicode 9.0's names and aliases
// (names.go, namealiases.go) and written as \U escapes for gpython's
// parser, which keeps \N{...} as written.
//
// Private names (__x in a class) are mangled as CPython's compiler
// mangles them (mangle.go), which gpython's does not: names, attribute
// names, parameters, global and nonlocal names and the names def and
// class statements bind, not keyword argument names nor import
// statements; a function or class whose bound name is mangled gets its
// own name back through the builtin __private__, as a decorator on an
// added line.
//
// # Errors
//
// Before gpython's compiler sees a source, Compile checks it as CPython 3.6
// does (check.go), in CPython's order:
//
//  1. lexer.go and parser.go are a tokenizer and an LL(1) parser that
//     behave as CPython's (Parser/tokenizer.c, Parser/parser.c) and fail
//     where they fail: the tokenizer keeps CPython's buffer, cursor and
//     line count, of which a syntax error reports the text, the offset (in
//     characters) and the line; the parser knows the token it fails at
//     (an INDENT makes "unexpected indent", an expected INDENT "expected
//     an indented block", the end of the input "unexpected EOF while
//     parsing"). Errors of the tokenizer (unterminated strings, malformed
//     numbers, inconsistent tabs, ...) surface when the parser reads the
//     token, as in CPython.
//  2. astcheck.go makes the checks of CPython's AST construction
//     (Python/ast.c): assignment and deletion targets, call arguments,
//     parameter lists, comprehensions, imports, string literals and
//     f-strings, in the order ast.c meets them; their text is the line read
//     again from the file, None when there is no such file ("<string>").
//  3. future.go checks from __future__ imports (Python/future.c).
//
// Errors CPython finds later, in its symbol tables and code generator, are
// gpython's compiler's; gpython.go gives them CPython's message, position
// and arguments. A CPython SyntaxError whose text looks like a Python 2
// print or exec statement gets CPython's "Missing parentheses" message, its
// arguments unchanged.
//
// Every exception is a *py.Exception carrying CPython's arguments,
// SyntaxError(msg, (filename, lineno, offset, text)), or (msg,) for the
// errors of the symbol tables, and its attributes in the Dict: msg,
// filename, lineno, offset, text (a str with its newline, or None), so that
// scripts read e.msg, e.lineno, e.offset, e.text and e.filename, and
// internal/pyutil prints CPython's report. Nesting beyond CPython's parser
// stack raises MemoryError, a NUL in the source ValueError, as CPython does.
//
// An f-string's errors are found in step 2, where CPython finds them; errors
// inside a replacement field's expression are reported against the file
// "<fstring>", the expression's parse errors at their place in "(expr)",
// its later errors at their place in the file, as CPython 3.6 does.
package compiler
