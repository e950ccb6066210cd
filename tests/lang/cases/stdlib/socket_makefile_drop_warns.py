# A socket kept alive only by its makefile() object warns "unclosed" when
# the file is dropped and collected, as CPython 3.6 does when the file's
# deallocation drops the socket; with the warnings filters hiding
# ResourceWarning when the socket was made as well.
import gc
import socket
import warnings


def drop_file(mode, show_when_made):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always" if show_when_made else "ignore")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        f = sock.makefile(mode)
        r = repr(sock)
        sock = None
        gc.collect()
        print(mode, "socket dropped:", len(caught))
        warnings.simplefilter("always")
        f = None
        gc.collect()
        msgs = [str(w.message) for w in caught]
        print(mode, "file dropped:", len(msgs), [m == "unclosed " + r for m in msgs],
              [w.category.__name__ for w in caught])


for mode in ("rb", "wb", "r"):
    for shown in (True, False):
        drop_file(mode, shown)

# A socket closed by the script before its file is dropped does not warn.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    sock = socket.socket()
    f = sock.makefile("rb")
    sock.close()
    sock = None
    f = None
    gc.collect()
    print("closed first:", len(caught))
