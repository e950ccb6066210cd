# An exception ending a thread is reported on the stderr the thread was
# made with: its header, the source lines of each entry (those of
# threading's own frames too) and the exception.
import io, sys, threading
def boom():
    raise ValueError('in thread')
real, sys.stderr = sys.stderr, io.StringIO()
t = threading.Thread(target=boom, name='T-boom')
t.start(); t.join()
report, sys.stderr = sys.stderr.getvalue(), real
for line in report.splitlines():
    if not line.startswith('  File '):
        print(line)
