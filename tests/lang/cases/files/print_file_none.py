# print(file=None) writes to sys.stdout, as when file is not given.
import io, sys
print('x', 1, file=None, sep='-')
print('y', file=None, end='!\n')
saved = sys.stdout
sys.stdout = io.StringIO()
print('captured', file=None)
got = sys.stdout.getvalue()
sys.stdout = saved
print(repr(got))
