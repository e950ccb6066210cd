# Signals whose default action kills the process must do so even when
# they arrive before the child has imported signal, and an inherited
# SIG_IGN is reported and kept.
import os
import signal
import subprocess
import sys

CHILD = 'import sys, time\nprint("up", flush=True)\ntime.sleep(8)\nprint("still here")\n'

for sig in (signal.SIGALRM, signal.SIGUSR1, signal.SIGUSR2,
            signal.SIGVTALRM, signal.SIGRTMIN + 2):
    p = subprocess.Popen([sys.executable, '-c', CHILD],
                         stdout=subprocess.PIPE)
    print(p.stdout.readline())
    os.kill(p.pid, sig)
    print(int(sig), p.wait(10), p.stdout.read())
    p.stdout.close()

IGNORED = ('import signal, os\n'
           'print(signal.getsignal(signal.SIGUSR1))\n'
           'os.kill(os.getpid(), signal.SIGUSR1)\n'
           'print("alive")\n')


# the shell leaves SIGUSR1 ignored across exec, as nohup does for SIGHUP
out = subprocess.run(['sh', '-c', 'trap "" USR1; exec "$0" -c "$1"',
                      sys.executable, IGNORED],
                     stdout=subprocess.PIPE).stdout
print(out)
