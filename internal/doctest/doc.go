// Package doctest runs the interactive examples of a reStructuredText file
// under gpython, the way Python's doctest module and Sphinx's doctest
// extension do, and reports each example's outcome.
//
// An example is a ">>> " line, its "... " continuation lines and the
// expected output under them, found anywhere in the file: in ".. doctest::"
// directives, in literal blocks after "::" and in plain paragraphs. Examples
// of a ".. doctest:: name" block run in the interpreter of group "name";
// every other example runs in group "default". Each group has its own
// py.Context, whose globals are first filled by an optional fixture file.
//
// A table next to the reST file (see doctests/README.md) says which examples
// are skipped and why, and which ones print build-dependent output: those are
// checked against python3 running the same example against the same
// OpenSSL, never against the text of the file.
//
// Main is the entry point of the gpython-ssl command's --doctest flag:
//
//	os.Exit(doctest.Main("doctests/ssl.rst", os.Stdout, os.Stderr, doctest.Options{}))
//
// The package keeps no global state of its own. gpython prints the value of
// an interactive expression statement through the package variable
// vm.PrintExpr, so a run replaces it while it lasts and runs are serialised.
package doctest
