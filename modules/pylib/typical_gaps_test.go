package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Gaps that typical user scripts ran into, against CPython 3.6:
// io.BufferedRWPair (no mode attribute), namedtuple's argument errors,
// operator.length_hint, and dir() of the built-in text and binary types
// listing CPython 3.6's public methods.

const typicalGapsPrelude = pytesting.ShowRepr + `import io, collections, operator
def pair(data=b"abc\ndef\nghi"):
    return io.BufferedRWPair(io.BytesIO(data), io.BytesIO())
P = collections.namedtuple("P", "x y z")
class Hint:
    def __init__(self, n):
        self.n = n
    def __length_hint__(self):
        return self.n
PUBLIC = {
    bytes: ['capitalize', 'center', 'count', 'decode', 'endswith', 'expandtabs', 'find', 'fromhex', 'hex', 'index', 'isalnum', 'isalpha', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'],
    bytearray: ['append', 'capitalize', 'center', 'clear', 'copy', 'count', 'decode', 'endswith', 'expandtabs', 'extend', 'find', 'fromhex', 'hex', 'index', 'insert', 'isalnum', 'isalpha', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'pop', 'remove', 'replace', 'reverse', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'],
    str: ['capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find', 'format', 'format_map', 'index', 'isalnum', 'isalpha', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'],
}
def missing(t):
    return [n for n in PUBLIC[t] if n not in dir(t)]
`

var typicalGapsCases = []pytesting.Case{
	{"rwpair mode", `hasattr(pair(), "mode")`},
	{"rwpair name", `hasattr(pair(), "name")`},
	{"rwpair is buffered", `isinstance(pair(), io.BufferedIOBase)`},
	{"rwpair read", `(lambda p: (p.read(2), p.read(3), p.read()))(pair())`},
	{"rwpair read none", `pair().read(None)`},
	{"rwpair peek read1", `(lambda p: (p.read(1), p.peek(1)[:1], p.read1(2)))(pair())`},
	{"rwpair readline", `(lambda p: (p.readline(), p.readline(2), p.readline(), p.readline(), p.readline()))(pair())`},
	{"rwpair iterate", `list(pair())`},
	{"rwpair readinto", `(lambda p, b: (p.readinto(b), b))(pair(), bytearray(5))`},
	{"rwpair write", `(lambda w: (lambda p: (p.write(b"xyz"), p.flush(), w.getvalue()))(io.BufferedRWPair(io.BytesIO(), w)))(io.BytesIO())`},
	{"rwpair flags", `(lambda p: (p.readable(), p.writable(), p.seekable(), p.isatty(), p.closed))(pair())`},
	{"rwpair seek", `pair().seek(0)`},
	{"rwpair tell", `pair().tell()`},
	{"rwpair fileno", `pair().fileno()`},
	{"rwpair close", `(lambda p: (p.close(), p.closed))(pair())`},
	{"rwpair read closed", `(lambda p: (p.close(), p.read()))(pair())`},
	{"rwpair write closed", `(lambda p: (p.close(), p.write(b"x")))(pair())`},
	{"rwpair size zero", `io.BufferedRWPair(io.BytesIO(), io.BytesIO(), 0)`},
	{"rwpair in all", `"BufferedRWPair" in io.__all__`},
	{"rwpair with", `(lambda p: [p.__enter__() is p, p.__exit__(None, None, None), p.closed])(pair())`},
	{"namedtuple one of three", `P(1)`},
	{"namedtuple none", `P()`},
	{"namedtuple too many", `P(1, 2, 3, 4)`},
	{"namedtuple unknown keyword", `P(1, 2, 3, w=4)`},
	{"namedtuple twice", `P(1, 2, 3, x=1)`},
	{"namedtuple two missing keywords", `P(y=1)`},
	{"namedtuple make short", `P._make([1, 2])`},
	{"length_hint list", `operator.length_hint([1, 2, 3])`},
	{"length_hint iterator", `operator.length_hint(iter([1, 2]), 5)`},
	{"length_hint default", `operator.length_hint(object(), 7)`},
	{"length_hint dunder", `operator.length_hint(Hint(4))`},
	{"length_hint negative", `operator.length_hint(Hint(-1))`},
	{"length_hint not int", `operator.length_hint(Hint("x"))`},
	{"length_hint bad default", `operator.length_hint([], "x")`},
	{"length_hint NotImplemented", `operator.length_hint(Hint(NotImplemented), 3)`},
	{"dir bytes", `missing(bytes)`},
	{"dir bytearray", `missing(bytearray)`},
	{"dir str", `missing(str)`},
}

func TestTypicalGapsDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "typical_gaps", typicalGapsPrelude, typicalGapsCases)
}
