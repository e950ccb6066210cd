package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runIn runs src in globals g of ctx.
func runIn(t *testing.T, ctx py.Context, g py.StringDict, src string) {
	t.Helper()
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = ctx.RunCode(code, g, g, nil)
	require.NoError(t, err)
}

// TestPlainClassInit checks which classes classCallOf lets the loop call
// inline: those whose call only makes an instance with object's __new__
// and runs a Python __init__ on it (or no __init__: callBare), and the
// Python exception classes whose call only makes the exception object
// and runs a Python __init__ (or BaseException's). The behaviour of the
// calls, and of rebinding what the answer depends on, is the
// differential cases tests/lang/cases/classes/inline_init.py and
// classes/exception_class_calls.py.
func TestPlainClassInit(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	g := py.NewStringDict()
	runIn(t, ctx, g, `
import abc
class Plain:
    def __init__(self, a): self.a = a
class Derived(Plain): pass
class NoInit: pass
class WithNew:
    def __new__(cls, a): return object.__new__(cls)
    def __init__(self, a): pass
class StaticInit:
    @staticmethod
    def __init__(*a): pass
class ListSub(list):
    def __init__(self, a): pass
class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    def __init__(self): pass
class ConcreteAbc(Abstract):
    def f(self): pass
class CallMeta(type):
    def __call__(cls, *a): return 1
class ByMeta(metaclass=CallMeta):
    def __init__(self): pass
class QuietMeta(type): pass
class ByQuietMeta(metaclass=QuietMeta):
    def __init__(self): pass
class WithDel:
    def __init__(self): pass
    def __del__(self): pass
class AbstractNoInit(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class E(Exception): pass
class EInit(Exception):
    def __init__(self, a): pass
class EDerived(EInit): pass
class ENew(Exception):
    def __new__(cls, *a): return Exception.__new__(cls, *a)
class EOS(OSError): pass
class ESyntax(SyntaxError):
    def __init__(self): pass
class EKey(KeyError): pass
class EStop(StopIteration): pass
class EMeta(Exception, metaclass=CallMeta): pass
`)
	for name, want := range map[string]classCallKind{
		"Plain": callInit, "Derived": callInit, "NoInit": callBare, "WithNew": callGeneral, "StaticInit": callGeneral,
		"ListSub": callGeneral, "Abstract": callGeneral, "ConcreteAbc": callInit, "ByMeta": callGeneral, "ByQuietMeta": callInit,
		"WithDel": callInit, "AbstractNoInit": callGeneral,
		"E": callExcBare, "EInit": callExcInit, "EDerived": callExcInit, "ENew": callGeneral, "EOS": callGeneral,
		"ESyntax": callGeneral, "EKey": callExcBare, "EStop": callExcBare, "EMeta": callGeneral,
	} {
		cls := g[name].(*py.Type)
		kind, init := classCallOf(cls)
		assert.Equal(t, want, kind, name)
		assert.Equal(t, kind == callInit || kind == callExcInit, init != nil, name)
	}
}

// TestClassCallAllocations: a call of a plain class from the loop
// allocates the instance, its dict and the dict's table, nothing more
// (the general path also copied the arguments), and a store to a
// __slots__ member allocates nothing (slotMember.__set__ did).
func TestClassCallAllocations(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	g := py.NewStringDict()
	runIn(t, ctx, g, `
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class S:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
def make(cls, n):
    for i in range(n):
        cls(i, i)
make(P, 10)
make(S, 10)
`)
	for _, cls := range []string{"P", "S"} {
		code, err := py.Compile("make("+cls+", 100)", "<test>", py.ExecMode, 0, true)
		require.NoError(t, err)
		allocs := testing.AllocsPerRun(20, func() {
			_, err = ctx.RunCode(code, g, g, nil)
		})
		require.NoError(t, err)
		assert.LessOrEqual(t, allocs/100, 3.2, cls)
	}
}
