# Instances of module subclasses switch between module subclasses;
# other targets are refused.
import types


class First(types.ModuleType):
    def who(self):
        return 'first'


class Second(types.ModuleType):
    def who(self):
        return 'second'


class NotModule:
    pass


m = First('m')
m.value = 3
print(m.who(), m.value)
m.__class__ = Second
print(m.who(), m.value, type(m).__name__)
for target in (NotModule, int):
    try:
        m.__class__ = target
    except TypeError as exc:
        print('TypeError', exc)
print(type(m).__name__)
