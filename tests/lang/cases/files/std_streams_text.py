# sys.stdout and sys.stderr as text streams: what they report, write's
# count and type check, writelines, and buffer (flushed between text and
# bytes, so that CPython's buffering cannot reorder them).
import sys
print(type(sys.stdout).__name__, sys.stdout.mode, sys.stderr.errors, sys.stdout.closed, sys.stdout.newlines)
print(sys.stdout.write("\u00e9\u20ac\n"))
sys.stdout.flush()
print(sys.stdout.buffer.write("bytes \u00e9\n".encode("utf-8")))
sys.stdout.buffer.flush()
sys.stdout.writelines(["one\n", "two\n"])
for bad in (5, b"x", None):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError", e)
print(repr(sys.stdout.buffer), repr(sys.stdin.buffer))
print(sys.stdin.readlines(), list(sys.stdin), next(iter(sys.stdin), "end"))
print(repr(sys.stderr))
