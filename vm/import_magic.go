package vm

// PycMagic starts the compiled files (.pyc) this interpreter writes and
// runs: importlib.util.MAGIC_NUMBER, the same number (2836) in
// Lib/modules/importlib/_bootstrap_external.py. It is not CPython 3.6's
// (3379): the files hold this interpreter's code objects, which CPython
// cannot run, so CPython 3.6 takes a file of ours in __pycache__ for
// stale and compiles its source again, and this interpreter refuses a
// file CPython wrote ("Bad magic number in .pyc file").
var PycMagic = []byte{2836 & 0xff, 2836 >> 8, '\r', '\n'}

// CacheTag is sys.implementation.cache_tag, the tag in the names of the
// compiled files importlib, py_compile and compileall keep in
// __pycache__ (name.gpython-ssl-36.pyc). It is not CPython 3.6's
// "cpython-36", so that the two interpreters, run over the same tree,
// never write over each other's files.
const CacheTag = "gpython-ssl-36"
