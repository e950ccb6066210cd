// Package pyast is the _ast module: CPython 3.6's abstract syntax trees
// for Python code, as ast.parse, compile(..., PyCF_ONLY_AST) and
// compile() of a tree use them. Lib/modules/ast.py builds the ast module
// (literal_eval, dump, walk, the visitors) on top of it.
//
// # Parsing
//
// Parse checks a source with compiler.CheckSyntax, which raises exactly
// the SyntaxError (or IndentationError, TabError, ValueError, MemoryError)
// CPython 3.6's parser and AST builder raise. A source it accepts is then
// tokenized (lexer.go) and parsed by Python 3.6's grammar (parser.go for
// statements, expr.go for expressions, literals.go for numbers, strings
// and f-strings) into nodes whose fields, line numbers and column
// offsets are CPython 3.6's, quirks included: a composite node is placed
// at the first token of its construct, a later operation of a chain of
// binary operators at its operator, a string spanning lines at its last
// line with column -1, the expressions of f-string fields where 3.6's
// fstring_fix_node_location puts them. A source that passed the checks
// but that the tree builder cannot parse gives a plain SyntaxError (the
// fuzz test asserts that this never happens); a Go panic in the builder
// becomes SystemError.
//
// # The module
//
// _ast's Go half is _parse(source, filename, mode), which returns the
// tree as nested tuples (kind, lineno, col_offset, fields...). Its Python
// half (nodes.py, run as the module's code) defines AST and the node
// classes from a table of CPython 3.6's grammar (Python/Python.asdl) and
// turns the tuples into nodes; contexts and operators are shared
// instances, as in CPython.
//
// # compile() of trees
//
// The package installs compiler.ASTHook, which sees every call of the
// builtin compile() first: a source with PyCF_ONLY_AST set gets its tree,
// and a tree (an instance of _ast.AST) is checked against the mode,
// written back as source by nodes.py (each statement on the line its
// lineno says where it can be; f-strings as str.format calls, as the
// compiler itself compiles them) and compiled as usual.
package pyast
