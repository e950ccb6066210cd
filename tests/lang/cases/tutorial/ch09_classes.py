def scope_test():
    def do_local():
        spam = "local spam"
    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"
    def do_global():
        global spam
        spam = "global spam"
    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)
scope_test()
print("In global scope:", spam)
class MyClass:
    """A simple example class"""
    i = 12345
    def f(self):
        return 'hello world'
x = MyClass()
print(MyClass.i, x.f(), MyClass.__doc__, MyClass.f(x))
class Complex:
    def __init__(self, realpart, imagpart):
        self.r = realpart
        self.i = imagpart
x = Complex(3.0, -4.5)
print(x.r, x.i)
x.counter = 1
while x.counter < 10:
    x.counter = x.counter * 2
print(x.counter)
del x.counter
class Dog:
    kind = 'canine'
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
d = Dog('Fido'); e = Dog('Buddy')
d.add_trick('roll over'); e.add_trick('play dead')
print(d.kind, e.kind, d.name, e.name, d.tricks, e.tricks)
class Bag:
    def __init__(self):
        self.data = []
    def add(self, x):
        self.data.append(x)
    def addtwice(self, x):
        self.add(x)
        self.add(x)
b = Bag(); b.addtwice(3); print(b.data)
print(isinstance(b, Bag), issubclass(bool, int), issubclass(float, int))
class Mapping:
    def __init__(self, iterable):
        self.items_list = []
        self.__update(iterable)
    def update(self, iterable):
        for item in iterable:
            self.items_list.append(item)
    __update = update
class MappingSubclass(Mapping):
    def update(self, keys, values):
        for item in zip(keys, values):
            self.items_list.append(item)
m = MappingSubclass([1, 2])
m.update('ab', 'cd')
print(m.items_list, sorted(k for k in vars(Mapping) if not k.startswith('__')))
class Employee:
    pass
john = Employee()
john.name = 'John Doe'
john.dept = 'computer lab'
john.salary = 1000
print(vars(john))
for element in [1, 2, 3]:
    print(element)
for element in (1, 2, 3):
    print(element)
for key in {'one':1, 'two':2}:
    print(key)
for char in "123":
    print(char)
s = 'abc'
it = iter(s)
print(type(it).__name__, next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e))
class Reverse:
    """Iterator for looping over a sequence backwards."""
    def __init__(self, data):
        self.data = data
        self.index = len(data)
    def __iter__(self):
        return self
    def __next__(self):
        if self.index == 0:
            raise StopIteration
        self.index = self.index - 1
        return self.data[self.index]
rev = Reverse('spam')
print(iter(rev) is rev)
for char in rev:
    print(char)
def reverse(data):
    for index in range(len(data)-1, -1, -1):
        yield data[index]
for char in reverse('golf'):
    print(char)
print(sum(i*i for i in range(10)))
xvec = [10, 20, 30]; yvec = [7, 5, 3]
print(sum(x*y for x,y in zip(xvec, yvec)))
from math import pi, sin
sine_table = {x: sin(x*pi/180) for x in range(0, 91)}
print(sine_table[30], sine_table[90])
data = 'golf'
print(list(data[i] for i in range(len(data)-1, -1, -1)))
print(type(x), type(MyClass).__name__, x.__class__.__name__, Complex.__init__.__qualname__, MyClass.__module__)
print(repr(reverse('x'))[:26], type(reverse).__name__)
try:
    x.nope
except AttributeError as e: print(e)
try:
    MyClass.nope
except AttributeError as e: print(e)
try:
    MyClass(1)
except TypeError as e: print(e)
try:
    MyClass().f(1)
except TypeError as e: print(e)
