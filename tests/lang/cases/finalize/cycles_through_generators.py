# gc.collect() finds cycles that pass through a suspended generator's
# locals and value stack (`yield from x` keeps x there): a task whose
# coroutine waits on a future whose callback leads back to the task is
# destroyed, and says it was pending. Generators held from outside, or
# through a live object, come through the collection intact.
import asyncio, gc

class Holder:
    def __del__(self):
        print("del Holder", self.name)

def g(x):
    y = [x]
    yield 1
    yield from iter(y)
    yield 3

a = Holder(); a.name = 'a'
a.gen = g(a)
next(a.gen)
gc.collect()
print([type(v).__name__ for v in a.gen])
b = Holder(); b.name = 'b'
b.gen = g(b)
next(b.gen)
del b
print("collected", gc.collect() > 0)

def outer():
    c = Holder(); c.name = 'c'
    c.gen = g(c)
    next(c.gen)
    return c.gen
gen = outer()
gc.collect()
print(type(next(gen)).__name__, next(gen))
del gen
gc.collect()

class Waiter:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del Waiter", self.name)
def waits_on(fut):
    yield from fut
w = Waiter('stack')
w.fut = asyncio.Future(loop=asyncio.new_event_loop())
w.it = waits_on(w.fut)
next(w.it)
w.fut.add_done_callback(w.__init__)
del w
gc.collect()

@asyncio.coroutine
def kill_me(loop):
    future = asyncio.Future(loop=loop)
    yield from future
    raise Exception("never reached")
loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda l, ctx: print("handler:", ctx['message']))
task = asyncio.ensure_future(kill_me(loop), loop=loop)
loop._run_once()
task = None
gc.collect()
print(asyncio.Task.all_tasks(loop=loop))
loop.close()
print("end")
