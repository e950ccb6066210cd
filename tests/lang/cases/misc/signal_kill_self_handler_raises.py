# The exception of a handler run for os.kill comes out of os.kill's line.
import os
import signal
import traceback


class Stop(Exception):
    pass


def stop(signum, frame):
    raise Stop("signal %d" % signum)


signal.signal(signal.SIGUSR1, stop)
for attempt in range(3):
    try:
        os.kill(os.getpid(), signal.SIGUSR1)
        print("not reached")
    except Stop as exc:
        print("caught", exc, traceback.extract_tb(exc.__traceback__)[0].line)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print("done")
