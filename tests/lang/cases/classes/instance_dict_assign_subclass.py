# An instance's or an exception's __dict__ may be set to an instance of
# a dict subclass.
class Custom(dict):
    def get(self, key, default=None):
        print("get called")
        return super().get(key, default)
class Foo(object):
    a = 3
foo = Foo()
foo.__dict__ = Custom(x=1)
print(foo.a, foo.x, dict(foo.__dict__))
e = ValueError()
e.__dict__ = Custom(y=2)
print(e.y)
try:
    foo.__dict__ = 5
except TypeError as err:
    print(err)
import inspect
print(inspect.getattr_static(foo, 'a'))
