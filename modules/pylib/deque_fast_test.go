package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of deque's hot methods
// (modules/collections: append, appendleft, pop, popleft, __len__,
// __bool__, the iterators' __next__), mixed with the others: bounded
// deques, the ring's wrap-around after pops at one end and pushes at the
// other, calls through the class, derived classes, and iterators that
// see the deque change.

const dequeFastPrelude = pytesting.ShowRepr + `from collections import deque
def churn(maxlen, n):
    # pushes and pops at both ends, then the Python methods on the result
    d = deque(maxlen=maxlen)
    out = []
    x = 7
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        op = (x >> 8) % 6
        if op == 0:
            d.append(i)
        elif op == 1:
            d.appendleft(i)
        elif op == 2 and d:
            out.append(d.pop())
        elif op == 3 and d:
            out.append(d.popleft())
        else:
            d.append(i)
            d.appendleft(-i)
    return list(d), len(d), bool(d), sum(out), out[-5:]
class Sub(deque):
    pass
class Short(deque):
    def __len__(self):
        return 1
class Loud(deque):
    def append(self, x):
        deque.append(self, x * 10)
`

var dequeFastCases = []pytesting.Case{
	{"append pop", `(lambda d: (d.append(1), d.append(2), d.pop(), d.pop(), list(d)))(deque())`},
	{"appendleft popleft", `(lambda d: ([d.appendleft(i) for i in range(20)], [d.popleft() for i in range(5)], list(d)))(deque())`},
	{"pop empty", `[etype(lambda: deque().pop()), etype(lambda: deque().popleft())]`},
	{"pop emptied", `(lambda d: (d.popleft(), d.pop(), etype(d.pop), etype(d.popleft), len(d), bool(d)))(deque([1, 2]))`},
	{"bounded append", `(lambda d: ([d.append(i) for i in range(10)], list(d), d.maxlen))(deque(maxlen=3))`},
	{"bounded appendleft", `(lambda d: ([d.appendleft(i) for i in range(10)], list(d)))(deque(maxlen=3))`},
	{"bounded zero", `(lambda d: (d.append(1), d.appendleft(2), list(d), len(d), bool(d)))(deque(maxlen=0))`},
	{"churn", `churn(None, 3000)`},
	{"churn bounded", `churn(17, 3000)`},
	{"churn tiny", `churn(1, 500)`},
	{"spare room then middle", `(lambda d: ([d.popleft() for _ in range(30)], d.rotate(3), d.insert(2, 'x'), d.remove(40), d.index(45), d[0], d[-1], list(d)[:6], len(d)))(deque(range(50)))`},
	{"appendleft after popleft", `(lambda d: ([d.popleft() for _ in range(20)], [d.appendleft(-i) for i in range(25)], list(d)[:8], d[24], len(d)))(deque(range(40)))`},
	{"class calls", `(lambda d: (deque.append(d, 1), deque.appendleft(d, 0), deque.__len__(d), deque.__bool__(d), deque.popleft(d), deque.pop(d), list(d)))(deque())`},
	{"class call errors", `[etype(lambda: deque.append()), etype(lambda: deque.pop()), etype(lambda: deque().append()), etype(lambda: deque().append(1, 2)), etype(lambda: deque().pop(0)), etype(lambda: deque().popleft(1)), etype(lambda: deque.append([], 1))]`},
	{"keywords", `[etype(lambda: deque().append(x=1)), etype(lambda: deque([1]).pop(i=0))]`},
	{"len bool", `(len(deque()), bool(deque()), len(deque('abc')), bool(deque([0])), len(deque('abcdef', maxlen=2)))`},
	{"subclass", `(lambda d: (d.append(1), d.appendleft(0), d.pop(), type(d).__name__, list(d), len(d), list(iter(d)), list(reversed(d))))(Sub([5, 6]))`},
	{"subclass len", `(lambda d: (len(d), list(d), list(reversed(d)), bool(d)))(Short([1, 2, 3]))`},
	{"subclass append", `(lambda d: (d.append(2), d.appendleft(3), list(d)))(Loud([1]))`},
	{"iterate", `(list(deque('abc')), list(reversed(deque('abc'))), [x for x in deque(range(5), maxlen=3)])`},
	{"iterate after spare room", `(lambda d: ([d.popleft() for _ in range(25)], list(d)[:3], list(reversed(d))[:3], next(iter(d)), next(reversed(d))))(deque(range(40)))`},
	{"mutated iteration", `[etype(lambda: [d.append(1) for d in [deque([1, 2])] for x in d]), etype(lambda: [d.popleft() for d in [deque([1, 2, 3])] for x in d])]`},
	{"mutated reverse", `(lambda d, it: (next(it), d.appendleft(0), etype(lambda: next(it)), etype(lambda: next(it)), it.__length_hint__()))(*(lambda d: (d, reversed(d)))(deque([1, 2, 3])))`},
	{"setitem keeps iterating", `(lambda d, it: (next(it), d.__setitem__(1, 'x'), list(it)))(*(lambda d: (d, iter(d)))(deque([1, 2, 3])))`},
	{"iterator exhausted", `(lambda it: (list(it), etype(lambda: next(it)), it.__length_hint__()))(iter(deque([1])))`},
	{"queue loop", `(lambda d: ([d.append(i) for i in range(1000)], sum(d.popleft() for _ in range(1000)), len(d), list(d)))(deque())`},
	{"clear then use", `(lambda d: (d.clear(), d.append(1), d.appendleft(0), list(d), d.popleft(), d.pop(), len(d)))(deque(range(30)))`},
	{"repr eq", `(lambda d: (d.append(4), d.popleft(), repr(d), d == deque([2, 3, 4]), d.copy()))(deque([1, 2, 3], maxlen=5))`},
	{"pickle after churn", `(lambda d: (d.popleft(), d.appendleft('z'), __import__('pickle').loads(__import__('pickle').dumps(d))))(deque('abc', maxlen=4))`},
	// copy (and * and +) of a derived class, and __reduce__ through the
	// class's own __iter__
	{"subclass copy bad new", `(lambda X: (lambda d: (setattr(X, "__new__", lambda cls, *a, **k: [42]), etype(lambda: d * 2), etype(lambda: d + deque([1])), etype(lambda: d.copy()), etype(lambda: __import__("copy").copy(d))))(X([1])))(type("X", (deque,), {}))`},
	{"subclass copy one arg", `(lambda O: (O("ab").copy(), type(O("ab") * 2).__name__, list(O("ab") + deque("c"))))(type("O", (deque,), {"__init__": lambda self, it: deque.__init__(self, it)}))`},
	{"subclass copy maxlen", `(lambda d: (d.copy(), d.copy().maxlen, type(d.copy()).__name__))(Sub("abc", 2))`},
	{"reduce bad iter", `etype(lambda: __import__("pickle").dumps(type("B", (deque,), {"__iter__": lambda self: 1 / 0})("abc"), 2))`},
	{"reduce parts", `(lambda r: (r[0].__name__, r[1], r[2], type(r[3]).__name__, list(r[3])))(deque("ab", 3).__reduce__())`},
	{"methods shown", `(deque.append.__name__, deque.popleft.__name__, hasattr(deque, '__len__'), type(iter(deque())).__next__.__name__)`},
}

func TestDequeFastDifferential(t *testing.T) {
	pytesting.DiffCases(t, "deque_fast", dequeFastPrelude+`def etype(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
`, dequeFastCases)
}
