# generator.throw()'s refusals of its argument shapes (a tb that is not a
# traceback, an instance with a separate value, a non-exception), and the
# shapes it accepts, for generators and coroutines.
def g():
    yield 1
for args in [(Exception, Exception("elephant"), 32), (Exception("elephant"), Exception("elephant")), (list,), (ValueError, None, None), (ValueError, 5)]:
    it = g(); next(it)
    try:
        it.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
class MyErr(ValueError):
    pass
import sys
try:
    raise KeyError('k')
except KeyError:
    tb = sys.exc_info()[2]
for args in [(MyErr('m'),), (MyErr, 'x'), (MyErr('m'), None), (MyErr, MyErr('i')), (KeyError, 'v', tb), (KeyError, None, None), ('str',), (3,), (MyErr('m'), None, 5)]:
    it = g(); next(it)
    try:
        it.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
async def co():
    pass
c = co()
try:
    c.throw(ValueError, 1, 2)
except TypeError as e:
    print('coro', e)
c.close()
