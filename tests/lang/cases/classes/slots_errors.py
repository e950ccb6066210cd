# The errors class creation gives for __slots__, and weak references to
# instances of classes whose __slots__ leave no __weakref__.
import weakref

sources = [
    "class X:\n a = 1\n __slots__ = ('a',)",
    "class X:\n __slots__ = ('a', 'b')\n b = 2",
    "class X(int):\n __slots__ = ('a',)",
    "class X(tuple):\n __slots__ = ('a',)",
    "class X(bytes):\n __slots__ = ('a',)",
    "class X(int):\n __slots__ = ()",
    "class X(int):\n __slots__ = ('__dict__',)",
    "class X(int):\n __slots__ = ('__weakref__',)",
    "class X:\n __slots__ = ('__weakref__', '__weakref__')",
    "class X:\n __slots__ = ('__dict__', '__dict__')",
    "class Y:\n __slots__ = ('__weakref__',)\nclass X(Y):\n __slots__ = ('__weakref__',)",
    "class Y:\n pass\nclass X(Y):\n __slots__ = ('__dict__',)",
    "class X:\n __slots__ = ('a', 'a')",
    "class X:\n __slots__ = 1",
    "class X:\n __slots__ = ('1a',)",
    "class X:\n __slots__ = (1,)",
    "class X:\n __slots__ = 'abc'",
]
for src in sources:
    try:
        ns = {}
        exec(src, ns)
        print('ok', sorted(k for k in vars(ns['X']) if not k.startswith('__')))
    except Exception as e:
        print(type(e).__name__, e)


class W:
    __slots__ = ('a', '__weakref__')


w = W()
r = weakref.ref(w)
print(r() is w, W.__weakref__.__name__)


class NW:
    __slots__ = ('a',)


class NW2(NW):
    __slots__ = ()


class WithWeak(NW):
    pass


for cls in (NW, NW2):
    try:
        weakref.ref(cls())
    except TypeError as e:
        print(e)
x = WithWeak()
print(weakref.ref(x)() is x)
