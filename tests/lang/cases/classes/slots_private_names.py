# __slots__ entries that are private names are mangled with the class
# name, as the attribute statements in the class body are.


class Point:
    __slots__ = ('__px', 'label')

    def __init__(self, x):
        self.__px = x
        self.label = 'p'

    def x(self):
        return self.__px


p = Point(7)
print(p.x(), p._Point__px, p.label)
print(Point._Point__px)
print(sorted(k for k in vars(Point) if 'px' in k))
print(Point.__slots__)
try:
    p.__px = 1
except AttributeError as e:
    print('outside:', e)
try:
    p._Point__other = 1
except AttributeError as e:
    print('other:', e)


class _Hidden:
    __slots__ = ['__v']


print([k for k in vars(_Hidden) if k.endswith('__v')])


class ___:
    __slots__ = ['__w']


print([k for k in vars(___) if k.endswith('__w')])

try:
    class Clash:
        __slots__ = ['__c']
        _Clash__c = 0
except ValueError as e:
    print('clash:', e)


class Child(Point):
    __slots__ = ('__px',)

    def set_child(self, v):
        self.__px = v


c = Child(1)
c.set_child(2)
print(c.x(), c._Child__px)
