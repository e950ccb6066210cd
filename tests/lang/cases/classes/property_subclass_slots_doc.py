# A property subclass copies its getter's docstring into the instance: with
# __slots__ and no __dict__ that fails.
class PropertySubSlots(property):
    """A subclass of property with __slots__"""
    __slots__ = ()

try:
    class Foo(object):
        @PropertySubSlots
        def spam(self):
            """getter's docstring"""
            return 1
except AttributeError as e:
    print('AttributeError')


class PS(property):
    "sub"


class Bar:
    @PS
    def ham(self):
        "ham doc"
        return 2

print(Bar.ham.__doc__, Bar().ham, vars(Bar.__dict__['ham']))
