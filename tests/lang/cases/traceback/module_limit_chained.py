# traceback's limit applies to every exception of a chain, and limit=0
# keeps the "Traceback" line of each
import sys
import traceback


def inner(n):
    if n:
        return inner(n - 1)
    return {}['key']


def middle():
    try:
        inner(2)
    except KeyError as e:
        raise ValueError('wrapped') from e


def outer():
    try:
        middle()
    except ValueError:
        [].pop()


for limit in (None, 0, 1, 2, -1, -2, 10):
    try:
        outer()
    except IndexError as e:
        print('=== limit', limit)
        traceback.print_exception(type(e), e, e.__traceback__, limit=limit, file=sys.stdout)
        text = ''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=limit, chain=False))
        print('no chain:', text.count('File'), 'frames')
try:
    middle()
except ValueError:
    print(traceback.format_exc(limit=1).count('File'))
    traceback.print_exc(limit=-1, file=sys.stdout)
