# array's size-taking methods at the edges of a Py_ssize_t: repetition,
# pop, insert and subscripts by 2**31, 2**40, 2**62, 2**63, -1, -2**63
# (and one past each end), as CPython 3.6 answers. Repetitions by 2**31
# repeat an empty array: two items would make 4 GiB, which the machine
# decides.
import array

SIZES = (2**31, 2**40, 2**62, 2**63, -1, -2**63, 2**64 + 1, -2**63 - 1)
REPEATS = ('a * n', 'n * a', 'a *= n')


def attempt(what, n):
    a = array.array('b', [] if what in REPEATS and n == 2**31 else [1, 2])
    try:
        if what == 'a * n':
            r = a * n
        elif what == 'n * a':
            r = n * a
        elif what == 'a *= n':
            a *= n
            r = a
        elif what == 'a.pop(n)':
            r = (a.pop(n), a)
        elif what == 'a.insert(n, 9)':
            a.insert(n, 9)
            r = a
        else:
            r = a[n]
        return repr(r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for n in SIZES:
    for what in REPEATS + ('a.pop(n)', 'a.insert(n, 9)', 'a[n]'):
        print(n, what, attempt(what, n))
