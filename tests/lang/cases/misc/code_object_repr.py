# repr() of code objects: name, file and first line (the address masked).
import re


def mask(o):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(o))


def f():
    def inner():
        pass
    return inner


print(mask(f.__code__).replace(__file__, 'THIS'))
print(mask(f().__code__).replace(__file__, 'THIS'))
print(mask(compile('x = 1', 'ff.py', 'exec')))
print(mask(compile('1', '<s>', 'eval')))
print(mask(compile('y = 2', 'a "quoted" name', 'exec')))
print(mask((lambda: 0).__code__).replace(__file__, 'THIS'))
c = compile('1', 'z', 'eval')
print(str(c) == repr(c), '%s' % (c,) == repr(c))
