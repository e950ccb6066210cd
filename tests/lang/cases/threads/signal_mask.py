# pthread_sigmask, sigpending, sigwait, sigwaitinfo and sigtimedwait: a
# blocked signal is held until it is unblocked (its handler then runs
# inside pthread_sigmask) or taken by a sig*wait* call.
import signal, os
for a in [(5,[]),(0,[0]),(0,[100]),(0,['x']), (0, 3)]:
    try: print(signal.pthread_sigmask(*a))
    except Exception as e: print(type(e).__name__, e)
print(signal.pthread_sigmask(0,[signal.SIGUSR1, 40]))
print(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
print(signal.sigpending())
try: signal.sigwait(5)
except Exception as e: print(type(e).__name__, e)
def handler(n, f):
    print("handler", signal.Signals(n).name)
    1/0
signal.signal(signal.SIGUSR2, handler)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
print("held:", signal.sigpending())
try:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2])
except ZeroDivisionError as e:
    print("from unblock:", e)
print("held:", signal.sigpending())
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
signal.alarm(1)
print("sigwait:", signal.sigwait([signal.SIGALRM]))
print(sorted(signal.pthread_sigmask(signal.SIG_SETMASK, [])))
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(signal.struct_siginfo.__name__, signal.struct_siginfo.__module__)
try: signal.sigtimedwait([10], -1)
except Exception as e: print(type(e).__name__, e)
print(signal.sigtimedwait([10], 0))
signal.pthread_sigmask(signal.SIG_SETMASK, [10])
os.kill(os.getpid(), 10)
info = signal.sigtimedwait([10], 0)
print(type(info).__name__, info.si_signo, info.si_code, info.si_pid == os.getpid(), info.si_uid == os.getuid(), len(info))
signal.pthread_sigmask(0, [signal.SIGALRM])
signal.alarm(1)
info = signal.sigwaitinfo([signal.SIGALRM])
print(info.si_signo, info.si_code, info.si_pid)
print(signal.sigtimedwait([signal.SIGALRM], 0.05))
