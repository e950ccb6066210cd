# A data descriptor of the metaclass wins over the class's own namespace;
# a non-data one does not. inspect.getattr_static runs neither.
import inspect
class Meta(type):
    @property
    def shown(cls):
        return 'from the metaclass'
    def plain(cls):
        return 'meta method'
    @property
    def __module__(cls):
        raise AttributeError('no module here')
class C(metaclass=Meta):
    shown = 'from the class'
    plain = 'class value'
print(C.shown, C.plain, hasattr(C, '__module__'))
try:
    inspect.getfile(C)
except TypeError as e:
    print('TypeError', str(e).split(' is ')[1])
class Meta2(type):
    @property
    def __dict__(cls):
        raise RuntimeError('ran')
    @property
    def __mro__(cls):
        return (object,)
class Base:
    inherited = 3
class Thing(Base, metaclass=Meta2):
    def __init__(self):
        self.spam = 42
print(inspect.getattr_static(Thing(), 'spam'), inspect.getattr_static(Thing(), 'inherited'))
print(inspect.getattr_static(Thing, 'inherited'), inspect.getattr_static(Thing, 'nothing', 'default'))
