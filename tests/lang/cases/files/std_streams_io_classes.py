# sys.stdin, sys.stdout and sys.stderr are instances of io's abstract
# classes, as scripts that check isinstance(stream, io.TextIOBase) expect.
import io
import sys

for name in ("stdin", "stdout", "stderr"):
    s = getattr(sys, name)
    print(name, isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.TextIOWrapper),
          isinstance(s, io.BufferedIOBase), isinstance(s, io.RawIOBase), type(s).__name__)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.TextIOBase))
