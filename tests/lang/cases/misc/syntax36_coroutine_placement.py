# Coroutine functions wherever a def may stand: modules, classes, nested
# classes, functions, branches, and whatever statement follows them.


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


def kind(f, *args):
    c = f(*args)
    name = type(c).__name__
    c.close()
    return name


class Plain:
    async def a(self):
        return 'a'
    async def b(self):
        return await self.a() + 'b'
    class Nested:
        async def c(self):
            return 'c'
    @staticmethod
    async def d():
        return 'd'
    @classmethod
    async def e(cls):
        return cls.__name__
    @property
    def p(self):
        return 'p'
print(run(Plain().b()), run(Plain.Nested().c()), run(Plain.d()), run(Plain.e()), Plain().p)


async def f1():
    return 1
async def f2():
    return 2
def f3():
    return 3
print(run(f1()), run(f2()), f3())
if True:
    async def in_if():
        return 'if'
else:
    async def in_if():
        return 'else'
print(run(in_if()))
for i in range(1):
    async def in_for():
        return i
print(run(in_for()))
try:
    async def in_try():
        return 'try'
except Exception:
    pass
print(run(in_try()))


def factory(n):
    async def made():
        return n * 2
    return made


print(run(factory(21)()))
async def before_class():
    return 'bc'
class After:
    x = kind(before_class)
print(After.x)
async def before_while():
    return 'bw'
while kind(before_while) == 'coroutine':
    print('while ok')
    break
async def before_with():
    return 'bwith'
class CM:
    def __enter__(self):
        return kind(before_with)
    def __exit__(self, *a):
        return False
with CM() as got:
    print(got)
def deco(fn):
    print('deco sees', kind(before_deco))
    return fn
async def before_deco():
    pass
@deco
def decorated():
    pass
async def docstring_only():
    """Only a docstring."""
print(run(docstring_only()), docstring_only.__doc__)
async def compound_first(x):
    if x:
        return 'yes'
    return 'no'
print(run(compound_first(1)), run(compound_first(0)))
async def last_one():
    return 'last'
print(run(last_one()))
