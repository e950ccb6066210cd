# A signal handler's second argument is the frame the signal interrupted:
# a loop, time.sleep(), signal.pause() and the module's own code.
import signal, os, time, sys
def where(signum, frame):
    print('handler', signum, type(frame).__name__, frame.f_code.co_name, frame.f_lineno, frame is sys._getframe(1))
signal.signal(signal.SIGUSR1, where)
def work():
    os.kill(os.getpid(), signal.SIGUSR1)
    for _ in range(10000): pass
work()
signal.signal(signal.SIGALRM, where)
def sleeper():
    signal.setitimer(signal.ITIMER_REAL, 0.02)
    time.sleep(0.3)
sleeper()
def pauser():
    signal.setitimer(signal.ITIMER_REAL, 0.02)
    signal.pause()
pauser()
signal.signal(signal.SIGINT, where)
os.kill(os.getpid(), signal.SIGINT); [0 for _ in range(10000)]
print('done')
