package pylib_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of pickle and copyreg against CPython 3.6: the bytes
// dumps() writes under every protocol, loads() of pickles CPython wrote
// (kept here as literals), round trips and the errors of both sides.

// picklePrelude defines the classes the cases pickle and helpers: dumps
// of every protocol, round trips shown by value, and _show with object
// addresses masked (they differ from run to run).
const picklePrelude = `import pickle, copyreg, io, collections, re
def _mask(s):
    return re.sub(r" at 0x[0-9a-f]+", " at 0x?", s)
def _show(name, f):
    try:
        r = f()
        print(name, "=>", _mask(repr(r)))
    except Exception as e:
        print(name, "!!", type(e).__name__, _mask(str(e)))
def d(o, protos=range(5)):
    return [pickle.dumps(o, p) for p in protos]
def view(o):
    t = type(o)
    if t.__module__ == "__main__" and t.__name__ in ("A", "G", "S", "R", "E"):
        names = sorted(k for k in ("x", "y", "v", "a", "b", "args") if hasattr(o, k))
        return (t.__name__, [(k, getattr(o, k)) for k in names])
    return o
def rt(o, protos=range(5)):
    return [view(pickle.loads(pickle.dumps(o, p))) for p in protos]
def err2(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))
def err(data, **kw):
    try:
        return pickle.loads(data, **kw)
    except Exception as e:
        return (type(e).__name__, str(e))
class A:
    def __init__(self):
        self.x = 1
        self.y = [1, "a"]
class S:
    __slots__ = ("a", "b")
class G:
    def __init__(self):
        self.v = 3
    def __getstate__(self):
        return {"w": self.v}
    def __setstate__(self, st):
        self.v = st["w"] * 10
class N(tuple):
    def __new__(cls, a):
        return tuple.__new__(cls, (a, a))
    def __getnewargs__(self):
        return (self[0],)
class R:
    def __reduce__(self):
        return (R, ())
class RX:
    def __reduce_ex__(self, proto):
        return (RX, (), {"p": proto})
    def __setstate__(self, st):
        self.p = st["p"]
class K:
    def __init__(self, a, b=2):
        self.a = a
    def __getnewargs_ex__(self):
        return ((self.a,), {"b": 3})
    def __new__(cls, a, b=0):
        o = object.__new__(cls)
        o.b = b
        return o
class E(Exception):
    pass
class L(list):
    pass
class D(dict):
    pass
class I(int):
    pass
class Bad1:
    def __reduce__(self):
        return 5
class Bad2:
    def __reduce__(self):
        return (Bad2,)
class Bad3:
    def __reduce__(self):
        return (Bad2, 5)
class Bad4:
    def __reduce__(self):
        return (5, ())
class Bad5:
    def __reduce__(self):
        return "nope"
class Bad6:
    def __reduce__(self):
        return "Bad6"
class Outer:
    class Inner:
        pass
def local_class():
    class Local:
        pass
    return Local
P = collections.namedtuple("P", "x y")
import copy, enum, ipaddress, datetime
class Color(enum.Enum):
    RED = 1
class Num(enum.IntEnum):
    A = 1
class CR:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (CR, (self.v * 2,))
class CT:
    def __init__(self):
        self.v = [1]
class CS:
    def __init__(self):
        self.v = [1, [2]]
    def __reduce__(self):
        return (CS, (), {"v": self.v})
def slotted():
    s = S()
    s.a = 5
    return s
def recursive():
    r = [1]
    r.append(r)
    return r
def rec_dict():
    r = {}
    r["self"] = r
    return r
class PidPickler(pickle.Pickler):
    def persistent_id(self, o):
        return "X" if o == 42 else None
class PidUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return ("loaded", pid)
def pid_dumps(o, p):
    f = io.BytesIO()
    PidPickler(f, p).dump(o)
    return f.getvalue()
def pid_round(p):
    return PidUnpickler(io.BytesIO(pid_dumps([42, 1], p))).load()
class TablePickler(pickle.Pickler):
    dispatch_table = {complex: lambda c: (complex, (c.imag, c.real))}
def table_dumps(o):
    f = io.BytesIO()
    TablePickler(f, 2).dump(o)
    return f.getvalue()
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))
def restricted(data):
    try:
        return Restricted(io.BytesIO(data)).load()
    except pickle.UnpicklingError as e:
        return str(e)
def file_round(o, p):
    f = io.BytesIO()
    pickle.dump(o, f, p)
    pickle.dump("second", f, p)
    f.seek(0)
    return (pickle.load(f), pickle.load(f), f.read())
def memo_reuse(p):
    f = io.BytesIO()
    pk = pickle.Pickler(f, p)
    s = [1]
    pk.dump(s)
    pk.dump(s)
    pk.clear_memo()
    pk.dump(s)
    return f.getvalue()
`

var pickleCases = []pytesting.Case{
	// dumps: exact bytes of every protocol.
	{"none bools", `d(None) + d(True) + d(False)`},
	{"small ints", `d(0) + d(1) + d(255) + d(256) + d(65535) + d(65536)`},
	{"negative ints", `d(-1) + d(-2**31) + d(-2**31 - 1)`},
	{"int 32 bit edges", `d(2**31 - 1) + d(2**31)`},
	{"big ints", `d(2**63) + d(-2**64) + d(2**64 - 1)`},
	{"huge int", `d(2**1000, (2, 4)) + d(-3**700, (0, 3))`},
	{"floats", `d(1.5) + d(-0.0) + d(1e300) + d(float("inf")) + d(0.1)`},
	{"float nan", `d(float("nan"), (1, 4))`},
	{"strings", `d("") + d("abc")`},
	{"string escapes", `d("a\\b\nc\r\x00\u1234\U0001F600\xe9")`},
	{"long string", `d("x" * 300, (1, 4)) + d("\xe9" * 200, (4,))`},
	{"bytes", `d(b"") + d(b"abc") + d(b"\x80\xff")`},
	{"long bytes", `d(b"y" * 300, (3, 4))`},
	{"bytearray", `d(bytearray(b"xy")) + d(bytearray())`},
	{"tuples", `d(()) + d((1,)) + d((1, 2)) + d((1, 2, 3)) + d((1, 2, 3, 4))`},
	{"lists", `d([]) + d([1]) + d([1, 2])`},
	{"dicts", `d({}) + d({1: 2}) + d({1: 2, 3: 4})`},
	{"nested", `d({"a": [1, {"b": (2,)}], "c": (None, True)})`},
	{"sets", `d(set()) + d({1}) + d({"a"})`},
	{"frozensets", `d(frozenset()) + d(frozenset([1]))`},
	{"complex", `d(1 + 2j) + d(1j)`},
	{"shared list", `(lambda s: d([s, s]) + d((s, s)))([1, 2])`},
	{"shared string", `(lambda s: d([s, s]))("shared")`},
	{"recursive list", `d(recursive())`},
	{"recursive dict", `d(rec_dict())`},
	{"recursive tuple in list", `(lambda l: (l.append((l,)), d(l))[1])([])`},
	{"list batches", `[len(x) for x in d(list(range(2500)))] + [d(list(range(1001)), (2,))[0][-12:]]`},
	{"dict batches", `[len(x) for x in d(dict.fromkeys(range(1002)))]`},
	{"set batches", `len(d(set(range(1001)), (4,))[0])`},
	{"instance with dict", `d(A())`},
	{"instance empty", `d(Outer.Inner())`},
	{"slots", `d(slotted(), (2, 3, 4))`},
	{"slots protocol 0", `d(slotted(), (0,))`},
	{"getstate", `d(G())`},
	{"getnewargs", `d(N(4))`},
	{"getnewargs_ex", `d(K(1), (0, 1, 4))`},
	{"reduce", `d(R())`},
	{"reduce_ex", `d(RX())`},
	{"list subclass", `d(L([1, 2]))`},
	{"dict subclass", `d(D(a=1))`},
	{"int subclass", `d(I(7))`},
	{"namedtuple", `d(P(1, 2))`},
	{"ordereddict", `d(collections.OrderedDict([("a", 1), ("b", 2)]))`},
	{"deque", `d(collections.deque([1, 2]), (2, 4))`},
	{"defaultdict", `d(collections.defaultdict(list, {"k": [1]}), (2, 4))`},
	{"classes", `d(int) + d(str) + d(A)`},
	{"py2 names", `d(range, (0, 2)) + d(zip, (2,)) + d(ValueError, (1, 3)) + d(collections.UserDict, (2,))`},
	{"py2 oserror names", `d(ConnectionError, (2,)) + d(FileNotFoundError, (2,))`},
	{"nested class", `d(Outer.Inner)`},
	{"functions", `d(len) + d(rt, (0, 2, 4))`},
	{"exceptions", `d(ValueError("x")) + d(KeyError(1))`},
	{"exception subclass", `d(E("boom", 2), (2, 4))`},
	{"fix_imports off", `pickle.dumps(int, 2, fix_imports=False)`},
	{"default protocol", `(pickle.dumps([1]), pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)`},
	{"negative protocol", `pickle.dumps(1, -1)`},
	{"persistent id", `[pid_dumps([42, 1], p) for p in range(5)]`},
	{"persistent round trip", `[pid_round(p) for p in range(5)]`},
	{"dispatch table", `table_dumps(1 + 2j)`},
	{"copyreg pickle", `(copyreg.pickle(R, lambda r: (R, (), {"v": 1})), d(R(), (2,)), copyreg.dispatch_table.pop(R))[1]`},
	{"extension codes", `(copyreg.add_extension("__main__", "A", 5), copyreg.add_extension("__main__", "G", 300), copyreg.add_extension("__main__", "R", 70000), d(A, (0, 2, 4)), d(G, (2,)), d(R, (2,)), pickle.loads(b"\x80\x02\x82\x05."), pickle.loads(b"\x80\x02\x83,\x01."), copyreg.remove_extension("__main__", "A", 5), copyreg.remove_extension("__main__", "G", 300), copyreg.remove_extension("__main__", "R", 70000))[3:8]`},
	{"memo across dumps", `[memo_reuse(p) for p in (0, 2, 4)]`},
	// loads: pickles CPython 3.6 wrote.
	{"loads proto 0", `pickle.loads(b"(dp0\nVa\np1\n(lp2\nL1L\naF1.5\naI01\nasVb\np3\n(Vx\np4\nNtp5\ns.")`},
	{"loads proto 1", `pickle.loads(b"}q\x00(X\x01\x00\x00\x00aq\x01]q\x02(K\x01G?\xf8\x00\x00\x00\x00\x00\x00I01\neX\x01\x00\x00\x00bq\x03X\x01\x00\x00\x00xq\x04N\x86q\x05u.")`},
	{"loads proto 2", `pickle.loads(b"\x80\x02}q\x00(X\x01\x00\x00\x00aq\x01]q\x02(K\x01G?\xf8\x00\x00\x00\x00\x00\x00\x88eX\x01\x00\x00\x00bq\x03h\x02u.")`},
	{"loads proto 3", `pickle.loads(b"\x80\x03C\x03abcq\x00.")`},
	{"loads proto 4 frame", `pickle.loads(b"\x80\x04\x95\x1f\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x01a\x94\x8c\x01b\x94\x8f\x94(K\x01\x90(K\x02\x91\x94e.")`},
	{"loads instance proto 2", `view(pickle.loads(b"\x80\x02c__main__\nA\nq\x00)\x81q\x01}q\x02(X\x01\x00\x00\x00xq\x03K\x01X\x01\x00\x00\x00yq\x04]q\x05(K\x01X\x01\x00\x00\x00aq\x06eub."))`},
	{"loads instance proto 0", `view(pickle.loads(b"ccopy_reg\n_reconstructor\np0\n(c__main__\nA\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\nVx\np6\nL1L\nsVy\np7\n(lp8\nL1L\naVa\np9\nasb."))`},
	{"loads slots proto 4", `view(pickle.loads(b"\x80\x04\x95)\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01S\x94\x93\x94)\x81\x94N}\x94\x8c\x01a\x94K\x05s\x86\x94b."))`},
	{"loads newobj_ex", `(lambda k: (type(k).__name__, k.a, k.b))(pickle.loads(b"\x80\x04\x95+\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01K\x94\x93\x94K\x01\x85\x94}\x94\x8c\x01b\x94K\x03s\x92\x94}\x94\x8c\x01a\x94K\x01sb."))`},
	{"loads recursive", `(lambda r: r[1] is r)(pickle.loads(b"\x80\x02]q\x00(K\x01h\x00e."))`},
	{"loads big ints", `pickle.loads(b"\x80\x02]q\x00(\x8a\x05\x00\x00\x00\x80\x00\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\xffL123456789012345678901234567890L\ne.")`},
	{"loads bytes proto 2", `pickle.loads(b"\x80\x02c_codecs\nencode\nq\x00X\x04\x00\x00\x00\xc2\x80\xc3\xbfq\x01X\x06\x00\x00\x00latin1q\x02\x86q\x03Rq\x04.")`},
	{"loads set proto 2", `pickle.loads(b"\x80\x02c__builtin__\nset\nq\x00]q\x01K\x01a\x85q\x02Rq\x03.")`},
	{"loads ordereddict", `pickle.loads(b"\x80\x02ccollections\nOrderedDict\nq\x00)Rq\x01(X\x01\x00\x00\x00aq\x02K\x01X\x01\x00\x00\x00bq\x03K\x02u.")`},
	{"loads exception", `(lambda e: (type(e).__name__, e.args))(pickle.loads(b"\x80\x02cexceptions\nValueError\nq\x00X\x01\x00\x00\x00xq\x01\x85q\x02Rq\x03."))`},
	{"loads long binput", `pickle.loads(b"\x80\x02]r\x00\x01\x00\x00K\x01aj\x00\x01\x00\x00.")`},
	{"loads dup and pop", `pickle.loads(b"K\x01K\x020K\x032\x86(K\x041\x86.")`},
	{"loads inst and obj", `(lambda r: (type(r[0]).__name__, type(r[1]).__name__))(pickle.loads(b"((i__main__\nR\n(c__main__\nR\nol."))`},
	{"loads python 2 str", `[pickle.loads(b"U\x02\x80\xff.", encoding=e) for e in ("latin1", "bytes")] + [err(b"U\x02\x80\xff.")]`},
	{"loads python 2 binstring", `[pickle.loads(b"T\x01\x00\x00\x00\xe9.", encoding="latin1"), pickle.loads(b"S'ab\\x41\\n'\np0\n.")]`},
	{"loads python 2 names", `[pickle.loads(b"c__builtin__\nunicode\n."), pickle.loads(b"cexceptions\nStandardError\n."), pickle.loads(b"citertools\nizip\n."), pickle.loads(b"c__builtin__\nxrange\n.")]`},
	{"loads fix_imports off", `err(b"c__builtin__\nunicode\n.", fix_imports=False)`},
	{"loads unicode escapes", `pickle.loads(b"Va\\u005cb\\u000ac\r\x00\\u1234\\U0001f600\xe9\np0\n.")`},
	{"loads int forms", `[pickle.loads(x) for x in (b"I01\n.", b"I00\n.", b"I-5\n.", b"L12\n.", b"I999999999999999999999\n.", b"\x8a\x00.", b"I010\n.")]`},
	{"loads persistent", `restricted(b"Pxx\n.")`},
	{"restricted unpickler", `restricted(b"cos\nsystem\n(Vecho hi\ntR.")`},
	{"load from file", `[file_round({"k": [1, 2]}, p) for p in range(5)]`},
	// round trips.
	{"round trip scalars", `rt(None) + rt(True) + rt(-7) + rt(2**100) + rt(2.5) + rt("s\xe9\n\\") + rt(b"\x00\xff")`},
	{"round trip containers", `rt([1, (2, 3), {"k": {4}}, frozenset([5])])`},
	{"round trip instances", `rt(A()) + rt(G()) + rt(slotted(), (2, 3, 4)) + rt(R())`},
	{"round trip subclasses", `rt(L([1])) + rt(D(a=1)) + rt(I(3)) + rt(N(2)) + rt(P(1, 2))`},
	{"round trip identity", `[(lambda r: r[0] is r[1])(pickle.loads(pickle.dumps((lambda s: [s, s])([1]), p))) for p in range(5)]`},
	{"round trip recursive", `[(lambda r: r[1] is r)(pickle.loads(pickle.dumps(recursive(), p))) for p in range(5)]`},
	{"round trip classes", `rt(A) + rt(Outer.Inner) + rt(len) + rt(collections.OrderedDict)`},
	{"round trip exceptions", `[(type(e).__name__, e.args) for e in rt(ValueError("a", 1)) + rt(E("b"))]`},
	{"round trip collections", `rt(collections.OrderedDict(a=1)) + rt(collections.deque([1, 2], 5)) + rt(collections.Counter("aab"))`},
	{"round trip bytearray", `rt(bytearray(b"ab\x00"))`},
	{"round trip complex", `rt(3 - 4j)`},
	{"builtin singletons", `d(Ellipsis, (0, 2, 4)) + d(NotImplemented, (2, 4))`},
	{"range and slice", `d(range(1, 5, 2), (0, 2, 4)) + d(range(3), (2,)) + d(slice(1, 5), (2, 4)) + rt(range(0, -5, -1)) + rt(slice(None, 3, 2))`},
	{"enum members", `d(Color.RED) + rt(Color.RED) + d(Num.A, (2, 4))`},
	{"ipaddress", `(d(ipaddress.ip_address("1.2.3.4"), (2,)), rt(ipaddress.ip_network("10.0.0.0/8")))`},
	{"python 2 instance", `view(pickle.loads(b"(i__main__\nA\np0\n(dp1\nS'x'\np2\nI7\nsS'y'\np3\n(lp4\nI1\naS'a'\np5\nasb."))`},
	{"python 2 protocol 2", `pickle.loads(b"\x80\x02]q\x00(U\x03abcq\x01X\x02\x00\x00\x00\xc3\xa9q\x02\x8a\x01\x05c__builtin__\nset\nq\x03]q\x04K\x01a\x85q\x05Rq\x06e.", encoding="latin1")`},
	{"python 2 datetime bytes", `pickle.loads(b"\x80\x02U\n\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06q\x00.", encoding="bytes")`},
	{"datetime dumps", `[d(o, (0, 2, 3, 4)) for o in (datetime.date(2020, 1, 2), datetime.time(3, 4, 5, 6), datetime.datetime(2020, 1, 2, 3, 4, 5, 600000), datetime.timedelta(1, 2, 3))]`},
	{"datetime with zones", `[d(o, (0, 2, 4)) for o in (datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=2), "X"), datetime.datetime(2020, 1, 2, 3, 4, tzinfo=datetime.timezone.utc), datetime.time(1, tzinfo=datetime.timezone(datetime.timedelta(hours=-3))))]`},
	{"datetime fold", `d(datetime.datetime(2020, 1, 2, fold=1), (2, 4)) + rt(datetime.time(1, fold=1), (4,))`},
	{"datetime round trip", `rt(datetime.date(1, 12, 31)) + rt(datetime.datetime(9999, 1, 2, 23, 59, 59, 999999)) + rt(datetime.timedelta(-3, 5)) + rt(datetime.datetime(2020, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(minutes=90), "Z")))`},
	{"datetime python 2 state", `[pickle.loads(b"cdatetime\ndatetime\np0\n(S'\\x07\\xe4\\x01\\x02\\x03\\x04\\x05\\x00\\x00\\x06'\np1\ntp2\nRp3\n.", encoding="latin1"), pickle.loads(b"\x80\x02cdatetime\ndate\nq\x00U\x04\x07\xe4\x01\x02q\x01\x85q\x02Rq\x03.", encoding="latin1")]`},
	// copy follows the reduction protocol.
	{"copy reduce", `(copy.copy(CR(3)).v, copy.deepcopy(CR(3)).v, copy.copy(RX()).p, copy.deepcopy(RX()).p)`},
	{"copy dispatch table", `(copyreg.pickle(CT, lambda t: (CT, (), {"v": "table"})), copy.copy(CT()).v, copy.deepcopy(CT()).v, copyreg.dispatch_table.pop(CT))[1:3]`},
	{"copy getstate", `(copy.copy(G()).v, copy.deepcopy(G()).v, copy.copy(slotted()).a, copy.deepcopy(N(3)))`},
	{"copy reduce deep state", `(lambda o: (lambda c: (c.v is o.v, c.v))(copy.deepcopy(o)))(CS())`},
	// errors.
	{"lambda", `d(lambda: 0, (0,))`},
	{"local class", `d(local_class(), (2,))`},
	{"module", `d(pickle, (2,))`},
	{"bad reduce value", `d(Bad1(), (0,))`},
	{"bad reduce length", `d(Bad2(), (2,))`},
	{"bad reduce args", `d(Bad3(), (2,))`},
	{"bad reduce func", `d(Bad4(), (2,))`},
	{"bad reduce name", `d(Bad5(), (2,))`},
	{"reduce name not same", `d(Bad6(), (2,))`},
	{"protocol too high", `pickle.dumps(1, 5)`},
	{"no write", `pickle.Pickler(5)`},
	{"no read", `pickle.Unpickler(5)`},
	{"loads str", `pickle.loads("abc")`},
	{"empty", `err(b"")`},
	{"truncated", `[err(x) for x in (b"\x80", b"K", b"M\x01", b"X\x05\x00\x00\x00ab", b"\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00N", b"L\n.")]`},
	{"no stop", `[err(x) for x in (b"N", b"K\x01K\x02", b"N\x85")]`},
	{"invalid opcode", `[err(x) for x in (b"\xff", b"z", b"\x00", b"\x96")]`},
	{"stack underflow", `[err(x) for x in (b".", b"0.", b"a", b"R.", b"p0\n.", b"q\x00.", b"2.", b"}K\x01s.", b"(1.")]`},
	{"marks", `[err(x) for x in (b"(.", b"1.", b"\x90.", b"NNNu.", b"(I1\nd.", b"N(\x90.", b"(Kt.")]`},
	{"pure unpickler stack errors", `[err2(lambda: pickle._Unpickler(io.BytesIO(x)).load())[0] for x in (b".", b"0.", b"(2.", b"(o.", b"(Nd.", b"}(Nu.", b"1.", b"(\x90.", b"N(t.")]`},
	{"pure unpickler loads fine", `(pickle._Unpickler(io.BytesIO(pickle.dumps([1, {"a": (2,)}], 2))).load(), pickle._loads(pickle._dumps({1, 2}, 0)))`},
	{"string opcode quotes", `[err(x) for x in (b"S'a'\n.", b"S'a' \n.", b"S'a'\r\n.", b"S\"b\"\n.", b"S' ' \n.", b"S'\n.")]`},
	{"bad protocol", `err(b"\x80\x05N.")`},
	{"bad memo", `[err(x) for x in (b"h\x00.", b"g0\n.", b"j\x00\x00\x00\x00.")]`},
	{"bad numbers", `[err(x) for x in (b"I12x\n.", b"Fxx\n.", b"Lxx\n.", b"gx\n.", b"\x8b\xff\xff\xff\xff.")]`},
	{"bad strings", `[err(x) for x in (b"Sabc\n.", b"S'abc\n.", b"X\x01\x00\x00\x00\xff.")]`},
	{"bad globals", `[err(x) for x in (b"cbuiltins\nnope\n.", b"\x8c\x08builtins\x8c\x03def\x93.", b"K\x01K\x02\x93.")]`},
	{"bad newobj", `[err(x) for x in (b"N\x81.", b")N\x81.", b"N)}\x92.", b"c__main__\nA\nN}\x92.")]`},
	{"bad extension", `[err(x) for x in (b"\x82\x01.", b"\x80\x02\x82\x01.")]`},
	{"bad build", `[err(x) for x in (b"NN}b.", b"NNb.", b"K\x01K\x02(K\x03e.")]`},
	{"no persistent_load", `err(b"Pxx\n.")`},
	{"copyreg errors", `[err2(f) for f in (lambda: copyreg.pickle(int, 5), lambda: copyreg.add_extension("m", "n", 0), lambda: copyreg.remove_extension("m", "o", 5), lambda: copyreg.constructor(5))]`},
	{"copyreg extension clash", `(copyreg.add_extension("m", "n", 5), err2(lambda: copyreg.add_extension("m", "n", 6)), err2(lambda: copyreg.add_extension("m", "o", 5)), copyreg.remove_extension("m", "n", 5))[1:3]`},
	{"copyreg helpers", `(copyreg.__all__, type(copyreg._reconstructor(A, object, None)).__name__, copyreg._reconstructor(L, list, [1, 2]), copyreg.__newobj__(A).__class__.__name__, copyreg.__newobj_ex__(K, (1,), {"b": 4}).b, copyreg.pickle_complex(1 + 2j))`},
	{"copyreg slotnames", `(copyreg._slotnames(S), copyreg._slotnames(A))`},
	{"copyreg reduce_ex", `(copyreg._reduce_ex(L([1]), 0)[1], err2(lambda: copyreg._reduce_ex(slotted(), 0)))`},
	{"exception classes", `([c.__name__ for c in pickle.PicklingError.__mro__[1:]], issubclass(pickle.UnpicklingError, pickle.PickleError), pickle.__all__[:9])`},
	{"slot wrappers", `[rt(o) for o in (object.__init__, str.__add__, int.__add__, str.__init__)]`},
	{"slot wrapper reduce", `(object.__init__.__reduce__(), str.__add__.__reduce__(), (5).__add__.__reduce__())`},
	{"method-wrappers", `[pickle.loads(pickle.dumps(m, p))(2) for m in ((1).__add__, (3).__mul__) for p in range(5)]`},
	{"slot wrapper identity", `[pickle.loads(pickle.dumps(x, p)) is x for x in (object.__repr__, object.__eq__, str.__len__, int.__neg__) for p in (0, 2, 4)]`},
	{"method-wrapper calls", `[pickle.loads(pickle.dumps(m, p))() for m in ("ab".__len__, (4).__neg__, (1, 2).__len__) for p in (0, 4)]`},
	{"wrappers nested", `pickle.loads(pickle.dumps({"k": [str.__add__, (2).__mul__]}, 3))["k"][1](21)`},
	{"wrapper reduce_ex", `(object.__eq__.__reduce_ex__(2), (7).__neg__.__reduce_ex__(4), object.__eq__.__reduce_ex__(), err2(lambda: object.__eq__.__reduce_ex__(1, 2)))`},
	{"pure loads", `([err2(lambda: pickle._loads(x))[0] for x in (b"(2.", b"}(Nu.", b"S' ' \n.", b"0.")], pickle._loads(pickle.dumps([1, (2, "x")], 1)), err2(lambda: pickle._loads("x")), pickle._load(io.BytesIO(pickle.dumps({3: 4}, 4))))`},
	// A load() from a seekable file reads ahead and hands back what follows
	// the pickle; an unseekable one is read exactly.
	{"load seekable position", `(lambda f: [(pickle.load(f), f.tell()) for _ in range(10)] + [f.read()])((lambda f: ([pickle.dump(x, f, p) for x in (1, "abc", [1, (2, 3)], {"a": b"x" * 70000}) for p in (0, 2, 4)][:0], f.write(b"TAIL"), f.seek(0), f)[3])(io.BytesIO()))`},
	{"load unseekable", `(lambda U: (lambda f: [pickle.load(f) for _ in range(4)] + [f.read()])(U(b"".join(pickle.dumps(x, p) for x in ([1, "a"], (2.5, None)) for p in (1, 4)) + b"TAIL")))(type("U", (io.BytesIO,), {"seekable": lambda s: False, "seek": lambda s, *a: 1 / 0, "tell": lambda s: 1 / 0}))`},
	{"load seekable truncated", `(lambda f: (err2(lambda: pickle.load(f)), f.tell()))(io.BytesIO(pickle.dumps(list(range(50)), 2)[:-5]))`},
	{"unpickler many loads then EOF", `(lambda u: [u.load() for _ in range(3)] + [err2(u.load)])(pickle.Unpickler(io.BytesIO(pickle.dumps([1], 0) * 3)))`},
	{"encode decode long", `([pickle.encode_long(x) for x in (0, 255, -256, 127, -128, 2**31)], [pickle.decode_long(b) for b in (b"", b"\xff\x00", b"\x00\xff", b"\x7f")])`},
	// dump, dumps, load and loads are built-in functions of _pickle
	{"module functions builtin", `[(type(f).__name__, f.__module__, f.__name__, f.__qualname__, repr(f), f is getattr(__import__("_pickle"), f.__name__)) for f in (pickle.dump, pickle.dumps, pickle.load, pickle.loads)]`},
	{"module functions pickled", `[pickle.loads(pickle.dumps(f, p)) is f for f in (pickle.dump, pickle.loads) for p in range(5)] + [pickle.dumps(pickle.dumps, 0)]`},
	{"module functions as class attributes", `(lambda C: (C().f([1], 0), C.f((2,), 2), C().g(C().f("x", 3))))(type("C", (), {"f": pickle.dumps, "g": pickle.loads}))`},
	{"module functions keywords", `(pickle.dumps(1, protocol=2, fix_imports=False), pickle.loads(pickle.dumps(b"x", 2), encoding="latin1", errors="strict"), (lambda f: (pickle.dump([3], file=f, protocol=1), pickle.load(file=io.BytesIO(f.getvalue())))[1])(io.BytesIO()))`},
	{"module functions errors", `[err2(lambda: pickle.loads("x")), err2(lambda: pickle.loads(b"")), err2(lambda: pickle.load(io.BytesIO(b"\x80\x09"))), err2(lambda: pickle.dump(1, 5))]`},
}

func TestPickleDifferential(t *testing.T) {
	pytesting.DiffCases(t, "pickle", picklePrelude, pickleCases)
}

// fuzzPickleSource loads untrusted bytes with an Unpickler that refuses
// every global: only the exceptions CPython's loads raises on bad data
// may come out.
const fuzzPickleSource = `import pickle, io
class Closed(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError("global refused")
def check(data):
    for kw in ({}, {"encoding": "bytes"}, {"encoding": "latin1"}):
        try:
            Closed(io.BytesIO(data), **kw).load()
        except (pickle.UnpicklingError, EOFError, ValueError, KeyError,
                TypeError, AttributeError, IndexError, OverflowError,
                UnicodeDecodeError, RecursionError):
            pass
        try:
            pickle.loads(data[:1] + b"N.")
        except (pickle.UnpicklingError, EOFError, ValueError, KeyError,
                TypeError, AttributeError, IndexError, OverflowError,
                UnicodeDecodeError, RecursionError, ImportError):
            pass
    return None
`

// FuzzPickleLoads feeds hostile bytes to the unpickler: no Go panic, no
// hang, no exception but those CPython raises for bad pickles.
func FuzzPickleLoads(f *testing.F) {
	for _, s := range []string{
		"", "N.", "\x80\x02]q\x00(K\x01h\x00e.", "(lp0\nL1L\na.", "\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00N.",
		"\x8b\xff\xff\xff\xff.", "S'ab\\x41'\n.", "Va\\u0041\n.", "(K\x01\x90.", "NNNu.", "\x8a\x09\xff\xff\xff\xff\xff\xff\xff\xff\xff.",
		"cos\nsystem\n(Vx\ntR.", "\x8c\x01a\x8c\x01b\x93.", "}q\x00(K\x01K\x02u.", "I999\n.", "F1e999\n.", "\x95\xff\xff\xff\xff\xff\xff\xff\xff",
	} {
		f.Add([]byte(s))
	}
	check := pytesting.FuzzFunc(f, fuzzPickleSource, "check")
	f.Fuzz(func(t *testing.T, data []byte) {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("Go panic on %q: %v", data, r)
			}
		}()
		res, err := py.Call(check, py.Tuple{py.Bytes(data)}, nil)
		require.NoError(t, err, "%q", data)
		require.Equal(t, py.None, res)
	})
}
