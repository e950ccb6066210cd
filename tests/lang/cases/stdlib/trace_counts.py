# trace.Trace: line counts of a function, the functions called, the
# .cover file write_results makes (with missed lines marked), _Ignore.
import os
import shutil
import tempfile
import trace


def linear(x, y):
    a = x
    b = y
    return a + b


def loop(n):
    total = 0
    for i in range(n):
        total += i
    if total < 0:
        print('never')
    return total


class Thing:
    def method(self, x):
        return linear(x, 1)


first = loop.__code__.co_firstlineno
tracer = trace.Trace(count=1, trace=0)
print(tracer.runfunc(loop, 4))
print(sorted((line - first, hits)
             for (name, line), hits in tracer.results().counts.items()))

tracer = trace.Trace(count=0, trace=0, countfuncs=1)
tracer.runfunc(Thing().method, 2)
print(sorted(func for (name, mod, func) in tracer.results().calledfuncs))

tracer = trace.Trace(count=0, trace=0, countcallers=1)
tracer.runfunc(Thing().method, 2)
print(sorted((a[2], b[2]) for a, b in tracer.results().callers
             if a[1] == b[1]))

work = tempfile.mkdtemp()
try:
    source = os.path.join(work, 'prog.py')
    with open(source, 'w') as f:
        f.write('x = 42\nif []:\n    print("no")\ny = [i for i in range(3)]\n')
    tracer = trace.Trace(count=1, trace=0)
    code = compile(open(source).read(), source, 'exec')
    tracer.runctx(code, {'__file__': source, '__name__': '__main__'})
    tracer.results().write_results(show_missing=True)
    with open(os.path.join(work, 'prog.cover')) as f:
        print(f.read(), end='')
finally:
    shutil.rmtree(work)

ignore = trace._Ignore(['x', 'y.z'], [os.path.join('foo', 'bar')])
print(ignore.names('x.py', 'x'), ignore.names('xy.py', 'xy'),
      ignore.names('y.py', 'y'), ignore.names('y/z/w.py', 'y.z.w'),
      ignore.names(os.path.join('foo', 'bar', 'baz.py'), 'baz'),
      ignore.names(None, 'builtin'))
print(trace._modname('/a/b/c.py'))
