# Reading a descriptor that is not open raises EBADF at once (a negative
# one included), whether or not a signal handler is installed.
import os
import signal

signal.signal(signal.SIGUSR1, lambda signum, frame: None)
r, w = os.pipe()
os.close(r)
os.close(w)
for fd in (-1, r, 10**6):
    try:
        os.read(fd, 1)
    except OSError as e:
        print(fd == r, e.errno, e.strerror)
