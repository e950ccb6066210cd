# Drops that free nothing observable need no collection (awaited
# coroutines, coroutines a Task holds, a waited Popen, a closed ZipFile);
# the ones that do still finalize at the drop, in CPython's order.
import asyncio, io, os, signal, subprocess, warnings, zipfile

warnings.simplefilter('always')
warnings.showwarning = lambda m, c, f, l, *a: print('warning:', c.__name__, str(m).split()[0], l if c is RuntimeWarning else '')


async def job(i):
    await asyncio.sleep(0)
    return i


async def main(loop):
    total = 0
    for i in range(5):
        total += await job(i)
    tasks = [loop.create_task(job(i)) for i in range(3)]
    for t in tasks:
        total += await t
    total += sum(await asyncio.gather(*[job(i) for i in range(4)]))
    return total


loop = asyncio.new_event_loop()
print('total', loop.run_until_complete(main(loop)))


def forget():
    c = job(1)
    print('leaving forget')


forget()
print('after forget')
loop.close()


def waited():
    p = subprocess.Popen(['true'])
    print('returncode', p.wait())
    p = None
    print('dropped waited')


waited()


def running():
    p = subprocess.Popen(['sleep', '5'])
    pid = p.pid
    p = None
    print('dropped running')
    os.kill(pid, signal.SIGKILL)


running()


def archive(buf, close):
    z = zipfile.ZipFile(buf, 'w')
    z.writestr('m.txt', b'member')
    if close:
        z.close()
    z = None
    print('archive valid', zipfile.is_zipfile(buf))


archive(io.BytesIO(), True)
archive(io.BytesIO(), False)


print('done')
