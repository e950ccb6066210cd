# Implicit chaining (__context__), explicit chaining (from), suppression
# (from None), and the printed report for each.
import traceback, sys

def report(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__),
              '| suppress:', e.__suppress_context__)
        lines = traceback.format_exception(type(e), e, e.__traceback__)
        print(''.join(l for l in lines if not l.startswith('  File')), end='')

def implicit():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('while handling')

def explicit():
    try:
        int('x')
    except ValueError as exc:
        raise RuntimeError('converted') from exc

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('clean') from None

def cause_not_exception():
    raise ValueError('v') from 5

def cause_class():
    raise ValueError('v') from KeyError

def reraise_in_finally():
    try:
        try:
            raise KeyError('first')
        finally:
            raise IndexError('second')
    except IndexError as e:
        raise

for fn in (implicit, explicit, suppressed, cause_not_exception, cause_class, reraise_in_finally):
    report(fn)

e = ValueError('manual')
e.__context__ = KeyError('ctx')
print(repr(e.__context__), e.__suppress_context__)
e.__cause__ = None
print(e.__suppress_context__, e.__cause__)
try:
    e.__cause__ = 'bad'
except TypeError as x:
    print('TypeError:', x)
try:
    e.__context__ = 3
except TypeError as x:
    print('TypeError:', x)

try:
    try:
        raise KeyError('a')
    except KeyError:
        pass
    raise ValueError('b')
except ValueError as v:
    print('context after handled:', v.__context__)

def nested_handlers():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError as inner:
            print('inner context:', repr(inner.__context__))
        print('exc_info still outer:', sys.exc_info()[0].__name__)
nested_handlers()
print(sys.exc_info())
