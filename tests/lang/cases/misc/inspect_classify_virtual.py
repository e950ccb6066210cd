# inspect.classify_class_attrs: attributes a metaclass's __getattr__
# answers for, and DynamicClassAttribute entries.
import inspect, types
class Meta(type):
    def __dir__(cls):
        return ['__class__', '__module__', '__name__', 'virtual']
    def __getattr__(cls, name):
        if name in ('virtual', 'ham'):
            return 'from meta'
        raise AttributeError(name)
class C(metaclass=Meta):
    @types.DynamicClassAttribute
    def ham(self):
        return 'eggs'
for a in inspect.classify_class_attrs(C):
    print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
class D:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): pass
    def m(self): pass
    data = 1
for a in inspect.classify_class_attrs(D):
    if not a.name.startswith('__'):
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
