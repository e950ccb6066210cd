# Setting or deleting a class attribute's name on an instance whose
# __slots__ give it no __dict__: 3.6 calls the attribute read-only.
class A:
    __slots__ = ('y',)
    x = 1
    def m(self):
        pass
a = A()
for name in ('x', 'm', 'nope'):
    try:
        setattr(a, name, 2)
    except AttributeError as e:
        print('set', name, e)
    try:
        delattr(a, name)
    except AttributeError as e:
        print('del', name, e)
a.y = 3
print(a.y)
class B(A):
    __slots__ = ()
try:
    B().x = 5
except AttributeError as e:
    print(e)
