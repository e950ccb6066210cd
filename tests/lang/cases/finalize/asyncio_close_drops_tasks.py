# loop.close() drops the callbacks still scheduled; a pending task that
# only such a callback held is destroyed there, and says so then (not at
# the end of the program).
import asyncio

loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda loop, context: print("handler:", context["message"]))


async def waiter(fut):
    await fut
    print("never resumed")


fut = loop.create_future()
task = loop.create_task(waiter(fut))
loop.run_until_complete(asyncio.sleep(0, loop=loop))
fut.set_result(None)      # the task's wake-up is now scheduled
del task, fut
print("closing")
loop.close()
print("closed")

# a task that finished is dropped quietly
loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda loop, context: print("handler:", context["message"]))


async def quick():
    return 42


done = loop.create_task(quick())
print(loop.run_until_complete(done))
del done
loop.close()
print("closed again")
