# os.lseek takes a 64-bit offset (C off_t): positions past 2 GiB and
# negative ones from the end; a float is truncated, as CPython 3.6 does.
import os, tempfile
fd, path = tempfile.mkstemp()
try:
    os.write(fd, b"0123456789")
    cases = [(0, 0), (42, 0), (42, 1), (0, 2), (-10, 2), (-2500000001, 2),
             (2500000000, 0), (5000000000, 0), (-1, 0), (0, 7), (0, 2**40),
             (2**63, 0), (-2**63 - 1, 0), (1.5, 0), (-0.9, 1), (float("inf"), 0),
             (float("nan"), 0), (1e19, 0), ("x", 0), (True, 0), (3, 1.0)]
    for args in cases:
        try:
            print(args, os.lseek(fd, *args))
        except (OSError, OverflowError, TypeError, ValueError) as exc:
            print(args, type(exc).__name__, exc)
    for args in [(fd,), (fd, 1, 2, 3), (1.0, 0, 0), (2**31, 0, 0)]:
        try:
            os.lseek(*args)
        except (OSError, OverflowError, TypeError) as exc:
            print(len(args), type(exc).__name__, exc)
finally:
    os.close(fd)
    os.remove(path)
