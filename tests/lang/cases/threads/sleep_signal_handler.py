# A Python signal handler runs while the main thread blocks in a read of
# a pipe (os.read, FileIO, BufferedReader, a text file) or in
# signal.pause(); its exception ends the call, a handler that returns
# lets the call go on (PEP 475), and other threads keep running
# meanwhile.
import os, signal, threading, time, io

class Alarm(Exception):
    pass

calls = []

def raising(signum, frame):
    calls.append(signum == signal.SIGALRM)
    raise Alarm("tick")

def quiet(signum, frame):
    calls.append("quiet")

r, w = os.pipe()
signal.signal(signal.SIGALRM, raising)
readers = [
    ("os.read", lambda: os.read(r, 10)),
    ("FileIO.read", lambda: io.FileIO(r, "rb", closefd=False).read(10)),
    ("BufferedReader.read", lambda: open(r, "rb", closefd=False).read(10)),
    ("TextIOWrapper.readline", lambda: open(r, "r", closefd=False).readline()),
]
for name, read in readers:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        read()
    except Alarm as e:
        print(name, "raised", repr(e))

# a handler that returns: the read goes on and gets the data written later
signal.signal(signal.SIGALRM, quiet)
def feed():
    time.sleep(0.3)
    os.write(w, b"data")
threading.Thread(target=feed).start()
signal.setitimer(signal.ITIMER_REAL, 0.05)
print("read after quiet handler:", os.read(r, 10))

# siginterrupt(sig, False): the handler waits for the read to finish
signal.siginterrupt(signal.SIGALRM, False)
threading.Thread(target=feed).start()
signal.setitimer(signal.ITIMER_REAL, 0.05)
print("restarted read:", os.read(r, 10))

# pause() lets other threads run while it waits
signal.signal(signal.SIGALRM, quiet)
ticks = []
def count():
    for i in range(3):
        ticks.append(i)
        time.sleep(0.01)
t = threading.Thread(target=count)
t.start()
signal.setitimer(signal.ITIMER_REAL, 0.2)
signal.pause()
t.join()
print("thread ran during pause:", ticks)
print(calls)
os.close(r)
os.close(w)
