import inspect

async def work():
    return 1

c = work()
print(c.cr_code is work.__code__)
print(bool(c.cr_code.co_flags & inspect.CO_COROUTINE))
print(bool(c.cr_code.co_flags & inspect.CO_GENERATOR))
print(bool(work.__code__.co_flags & inspect.CO_GENERATOR))
print(c.cr_code.co_name, c.__name__, c.__qualname__)
print(inspect.iscoroutinefunction(work), inspect.iscoroutine(c))
c.close()
