# Module subclass instances: class attributes, properties with setters,
# __setattr__ overrides and methods see the module namespace.
import types


class Tracked(types.ModuleType):
    def __init__(self, name):
        super().__init__(name)
        self.__dict__['log'] = []

    def __setattr__(self, name, value):
        self.__dict__['log'].append(name)
        super().__setattr__(name, value)

    @property
    def size(self):
        return len([k for k in vars(self) if not k.startswith('__')])

    @size.setter
    def size(self, value):
        raise AttributeError('size is computed')


t = Tracked('tracked')
t.a = 1
t.b = 2
print(t.log, t.size, t.a + t.b)
try:
    t.size = 3
except AttributeError as exc:
    print('AttributeError', exc)
print(repr(t).startswith("<module 'tracked'"), str(t) == repr(t))
