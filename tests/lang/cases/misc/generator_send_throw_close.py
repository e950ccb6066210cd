# send, throw, close, return values, yield from delegation and the
# generator's state across them.
import inspect

def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            if value is None:
                break
            received.append(value)
    except GeneratorExit:
        print('closing with', received)
        raise
    finally:
        print('finally')
    return received

g = echo()
print(inspect.getgeneratorstate(g), next(g), g.send('a'), g.send('b'))
print(inspect.getgeneratorstate(g))
try:
    g.send(None)
except StopIteration as stop:
    print('returned', stop.value)
print(inspect.getgeneratorstate(g))

g = echo()
next(g)
g.send(1)
g.close()
g.close()
print(inspect.getgeneratorstate(g))

def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
g = catcher()
next(g)
print(g.throw(ValueError('boom')))
print(g.throw(ValueError, 'again'))
try:
    g.throw(KeyError('not caught'))
except KeyError as e:
    print('propagated', e)
print(inspect.getgeneratorstate(g))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)

def sub():
    x = yield 'sub1'
    print('sub got', x)
    yield 'sub2'
    return 'sub result'

def delegator():
    result = yield from sub()
    print('delegated result', result)
    yield 'after'
g = delegator()
print(next(g), g.send('hello'), next(g))
print(list(g))

def throwing_through():
    try:
        yield from sub()
    except ZeroDivisionError:
        yield 'handled in delegator'
g = throwing_through()
next(g)
print(g.throw(ZeroDivisionError))

def running():
    yield g2.gi_running
g2 = running()
print(next(g2), g2.gi_running)
def self_next():
    yield next(g3)
g3 = self_next()
try:
    next(g3)
except ValueError as e:
    print('ValueError:', e)
print(g3.__name__, g3.gi_code.co_name, type(g3).__name__)
