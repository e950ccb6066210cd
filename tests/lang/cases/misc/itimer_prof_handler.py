# setitimer(ITIMER_PROF): the handler runs as the process spends CPU
# time, getitimer reads the timer, SIG_IGN drops the ticks.
import signal
import time

ticks = []


def on_prof(signum, frame):
    ticks.append(signum == signal.SIGPROF)
    if len(ticks) == 3:
        signal.setitimer(signal.ITIMER_PROF, 0)


signal.signal(signal.SIGPROF, on_prof)
print("previous:", signal.setitimer(signal.ITIMER_PROF, 0.03, 0.03))
value, interval = signal.getitimer(signal.ITIMER_PROF)
print("armed:", value > 0, interval)
began = time.monotonic()
while time.monotonic() - began < 20:
    pow(98765, 43210, 1000003)
    if signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0):
        break
print("ticks:", ticks, "stopped:", signal.getitimer(signal.ITIMER_PROF))

signal.signal(signal.SIGPROF, signal.SIG_IGN)
signal.setitimer(signal.ITIMER_PROF, 0.01)
began = time.monotonic()
while time.monotonic() - began < 0.2:
    pass
print("ignored; ticks still", len(ticks))
try:
    signal.setitimer(signal.ITIMER_PROF, -1)
except signal.ItimerError as e:
    print("ItimerError:", e)
