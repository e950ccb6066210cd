class M(type): pass
for args in [(5,), (1, 2), ('a', (), {}, 1)]:
    try:
        M(*args)
    except TypeError as e:
        print(e)
class N(type, metaclass=M): pass
try:
    N(5)
except TypeError as e:
    print(e)
for args in [(1, 2), ()]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
print(type(5), type('s'), M('X', (), {}).__name__, type(M('Y', (), {})).__name__)
class BadMeta(type):
    @classmethod
    def __prepare__(*args):
        return None
try:
    class Foo(metaclass=BadMeta):
        pass
except TypeError as e:
    print(e)
class NotClass:
    def __prepare__(*a):
        return 5
    def __call__(*a):
        return 1
try:
    class Bar(metaclass=NotClass()):
        pass
except TypeError as e:
    print(e)
class Fine(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'preset': name.lower()}
class Uses(metaclass=Fine):
    got = preset
print(Uses.got, Uses.preset)
