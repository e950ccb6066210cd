import sys
print(sys.version_info[:2] >= (3, 6), sys.maxsize, sys.byteorder, sys.platform)
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), int("1_000"), round(2.5), round(3.5), pow(3, 4, 5))
print(divmod(-7, 2), abs(-3), bin(5), oct(8), hex(255), chr(65), ord("a"), ascii("é"), repr("é"))
print(list(zip(*[(1, 2), (3, 4)])), dict(zip("ab", [1, 2])), list(enumerate("ab", 1)), list(map(str, [1, 2])))
print(sorted({"b": 1, "a": 2}.items()), min([3, 1, 2]), max("abc"), sum([1, 2, 3], 10), any([]), all([]))
b = bytearray(b"abc"); b[0] = 65; print(b, bytes(b), b.decode())
m = memoryview(b"abc"); print(m[0], bytes(m[1:]), len(m))
print(isinstance(1, (str, int)), issubclass(bool, int), callable(len), getattr(sys, "q", "dflt"), hasattr(sys, "argv"))
print("%(a)s %(b)r" % {"a": 1, "b": "x"}, "%5.2f|%-4d|%x|%c" % (3.14159, 7, 255, 65))
with open("_builtins_tmp.txt", "w", encoding="utf-8") as f:
    f.write("héllo\n")
with open("_builtins_tmp.txt", encoding="utf-8") as f:
    print(repr(f.read()))
print(sys.stdout.write("w\n"))
sys.stdout.flush()
import os; os.remove("_builtins_tmp.txt")
