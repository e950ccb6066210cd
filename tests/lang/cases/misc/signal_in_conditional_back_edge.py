# Loops whose only back edge is a conditional jump (3.6's jump threading
# sends an if's false branch straight back to the loop's test, or a
# compare-and-jump of a local with a constant): a signal handler, Ctrl-C
# and another thread still get their turn while they spin.
import os
import signal
import threading


class Alarm(Exception):
    pass


def raise_alarm(signum, frame):
    raise Alarm(signum)


signal.signal(signal.SIGALRM, raise_alarm)


# Each loop is bounded (some seconds when nothing interrupts it).
def spin_if_false(stop):
    x = 10 ** 8
    while x:
        x -= 1
        if stop:            # never true: jumps back to `while x`
            x = 0


def spin_compare(i):
    while i:
        i -= 1
        if i > 10 ** 9:     # never true: LOAD_FAST + const + jump back
            break


def spin_for(stop):
    for i in range(10 ** 8):
        if stop:
            break


for spin, arg in ((spin_if_false, []), (spin_compare, 10 ** 8), (spin_for, [])):
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        spin(arg)
        print(spin.__name__, "not interrupted")
    except Alarm as e:
        print(spin.__name__, "interrupted by", e.args == (signal.SIGALRM,))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)

# Ctrl-C: SIGINT from another thread, KeyboardInterrupt in the main one.
signal.signal(signal.SIGINT, signal.default_int_handler)
killer = threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGINT))
killer.start()
try:
    spin_if_false([])
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in the spinning loop")
killer.join()

# Another thread runs while the main thread spins on a conditional jump.
flag = []


def spin_until(flag):
    n = 0
    while n < 10 ** 8:      # bounded: some seconds if no switch came
        n += 1
        if flag:
            return True
    return False


worker = threading.Thread(target=lambda: flag.append(1))
worker.start()
print("thread ran:", spin_until(flag))
worker.join()
