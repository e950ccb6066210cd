# help() of classes: attributes a metaclass's __getattr__ supplies, a
# metaclass __dir__ that hides __dict__, DynamicClassAttribute, method
# aliases, class methods of a base, non-str __name__, Helper.keywords.
import io
import keyword
import pydoc
import re
import types


def show(thing):
    out = io.StringIO()
    pydoc.Helper(output=out)(thing)
    print(re.sub(r" at 0x[0-9a-f]+", "", out.getvalue().strip()))
    print("=" * 20)


class Meta(type):
    def __getattr__(self, name):
        if name == 'ham':
            return 'spam'
        return super().__getattr__(name)


class DA(metaclass=Meta):
    @types.DynamicClassAttribute
    def ham(self):
        return 'eggs'


show(DA)


class Hiding(type):
    def __dir__(cls):
        return ['__class__', '__name__', 'missing', 'here']


class C(metaclass=Hiding):
    here = 'present!'


show(C)


class Meta1(type):
    def __dir__(cls):
        return ['__class__', '__module__', '__name__', 'one']

    def __getattr__(self, name):
        if name == 'one':
            return 1
        return super().__getattr__(name)


class Meta2(type):
    def __dir__(cls):
        return ['__class__', '__module__', '__name__', 'two']

    def __getattr__(self, name):
        if name == 'two':
            return 2
        return super().__getattr__(name)


class Meta3(Meta1, Meta2):
    def __dir__(cls):
        return sorted(set(['__class__', '__module__', '__name__', 'three'] +
                          Meta1.__dir__(cls) + Meta2.__dir__(cls)))

    def __getattr__(self, name):
        if name == 'three':
            return 3
        return super().__getattr__(name)


class Class1(metaclass=Meta1):
    pass


class Class2(Class1, metaclass=Meta3):
    pass


show(Class1)
show(Class2)


class A:
    def tkraise(self, above=None):
        """Raise this widget."""
    lift = tkraise

    def a_size(self):
        """Return size"""

    @classmethod
    def make(cls):
        return cls()


class B(A):
    def configure(self, tag, cnf=None, **kw):
        """Configure item TAG."""
    config = configure
    b_size = A.a_size


show(B)
show(B.make)


class Named:
    __name__ = 42


print(pydoc.render_doc(Named()).splitlines()[0])
print(sorted(pydoc.Helper.keywords) == sorted(keyword.kwlist))
print(pydoc.TextDoc().getdocloc(pydoc.TextDoc) is None)
print(sorted(k for k in pydoc.allmethods(B) if not k.startswith('__')))
try:
    pydoc.Doc().document(42)
except TypeError as e:
    print(e)
