import sys, traceback
def show(src):
    try:
        exec(src, {})
    except BaseException:
        t, v, tb = sys.exc_info()
        print(''.join(traceback.format_exception_only(t, v)), end='')
show("while True print('Hello world')")
show("10 * (1/0)")
show("4 + spam*3")
show("'2' + 2")
show("print 'x'")
show("if 1:\n  x\n    y")
show("def f(:\n pass")
while True:
    try:
        x = int("abc")
        break
    except ValueError:
        print("Oops!  That was no valid number.  Try again...")
        break
class B(Exception):
    pass
class C(B):
    pass
class D(C):
    pass
for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")
for cls in [B, C, D]:
    try:
        raise cls()
    except B:
        print("B")
    except D:
        print("D")
    except C:
        print("C")
try:
    f = open('myfile.txt')
except OSError as err:
    print("OS error: {0}".format(err), err.errno, err.strerror, err.filename)
try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst))
    print(inst.args)
    print(inst)
    x, y = inst.args
    print('x =', x)
    print('y =', y)
def this_fails():
    x = 1/0
try:
    this_fails()
except ZeroDivisionError as err:
    print('Handling run-time error:', err)
try:
    raise NameError('HiThere')
except NameError as e:
    print(repr(e))
try:
    try:
        raise NameError('HiThere')
    except NameError:
        print('An exception flew by!')
        raise
except NameError as e:
    print('caught', e)
class Error(Exception):
    """Base class for exceptions in this module."""
    pass
class InputError(Error):
    def __init__(self, expression, message):
        self.expression = expression
        self.message = message
try:
    raise InputError('expr', 'msg')
except Error as e:
    print(e, repr(e), e.args, e.expression, e.message)
def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")
divide(2, 1)
divide(2, 0)
try:
    divide("2", "1")
except TypeError as e:
    print(e)
for line in open(__file__):
    print(line, end='')
    break
with open(__file__) as f:
    print(f.readline(), end='')
print(repr(ValueError()), repr(ValueError('a', 1)), str(KeyError('k')), repr(OSError(2, 'No such file')), str(OSError(2, 'No such file', 'fn')))
try:
    {}['missing']
except KeyError as e: print(repr(e), e)
try:
    raise RuntimeError('a') from ValueError('b')
except RuntimeError as e: print(repr(e.__cause__))
def g():
    try:
        return 'try'
    finally:
        print('finally runs')
print(g())
divide("2", "1")
