# gc.collect() finds instances with __del__ in cycles that run through an
# exception's traceback and its frames, bound methods and tuples, and
# leaves alone what is still reachable.
import gc


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

    def meth(self):
        return self.name


def keep_exception(a):
    try:
        raise ValueError(a.name)
    except ValueError as e:
        a.exc = e


def through_caller(a):
    keep_exception(a)


a = A('traceback')
keep_exception(a)
del a
gc.collect()
print('marker 1')

a = A('caller frame')
through_caller(a)
del a
gc.collect()
print('marker 2')

a = A('bound method')
a.m = a.meth
del a
gc.collect()
print('marker 3')

a = A('tuple')
a.t = (1, ([a], 'x'))
del a
gc.collect()
print('marker 4')

# still reachable from a live object: not collected, intact
keep = []
a = A('kept')
keep_exception(a)
keep.append(a.exc)
del a
gc.collect()
print('marker 5', keep[0].args, keep[0].__traceback__.tb_frame.f_code.co_name)
print(keep[0].__traceback__.tb_frame.f_locals['a'].name)

# context of another exception
def chained(a):
    try:
        try:
            raise KeyError('inner')
        except KeyError:
            raise ValueError('outer')
    except ValueError as e:
        a.exc = e


a = A('context')
chained(a)
del a
gc.collect()
print('marker 6')


# an asyncio task whose exception is never retrieved is reported at
# gc.collect(), before the script goes on
import asyncio


async def boom():
    raise ValueError('x')

loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda loop, context: print(
    'handler:', context['message'], repr(context['exception'])))
t = loop.create_task(boom())
loop.run_until_complete(asyncio.sleep(0, loop=loop))
loop.run_until_complete(asyncio.sleep(0, loop=loop))
del t
gc.collect()
print('marker 7')
loop.close()
del keep[:]
gc.collect()
print('end')
