# The with statement: __enter__/__exit__ order, exception suppression,
# nested and multiple managers, errors in each step.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress = name, suppress
        self.fail_enter, self.fail_exit = fail_enter, fail_exit
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError('enter failed: ' + self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val, tb is not None)
        if self.fail_exit:
            raise KeyError('exit failed: ' + self.name)
        return self.suppress

with CM('a') as v:
    print('body', v)

with CM('outer', suppress=True):
    with CM('inner'):
        raise ValueError('from body')
print('after suppressed')

with CM('one') as x, CM('two') as y:
    print('both', x, y)

try:
    with CM('p'), CM('q', fail_enter=True):
        print('not reached')
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    with CM('r', fail_exit=True):
        raise ValueError('masked')
except KeyError as e:
    print('KeyError:', e, '| context:', repr(e.__context__))

def returns_inside():
    with CM('ret'):
        return 'value'
print(returns_inside())

for i in range(3):
    with CM('loop%d' % i, suppress=True):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except AttributeError as e:
    print('AttributeError:', e)

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except AttributeError as e:
    print('AttributeError:', e)

class Truthy:
    def __bool__(self):
        print('truth asked')
        return True
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return Truthy()
with Suppress():
    1 / 0
print('suppressed by truthy object')

with CM('target') as (first, *rest):
    print(first, rest)
d = {}
with CM('subscript') as d['k']:
    pass
print(d)
