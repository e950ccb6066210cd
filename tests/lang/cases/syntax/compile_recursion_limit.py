# CPython 3.6's symbol table counts one level per statement and per
# expression of the tree, from three times the caller's depth, up to
# three times the recursion limit: deeper trees are a RecursionError,
# whatever makes them deep (calls, attributes, subscripts, operators,
# elif chains).
import sys

print(sys.getrecursionlimit())
for rep in ["()", ".b", "[0]", "*a", "+a"]:
    for n in (2000, 3000):
        try:
            compile("a" + rep * n, "<s>", "single")
            print(rep, n, "compiled")
        except RecursionError as e:
            print(rep, n, type(e).__name__, e)

src = "if a: pass\n" + "elif a: pass\n" * 3000
try:
    compile(src, "<s>", "exec")
except RecursionError as e:
    print("elif", e)
compile("if a: pass\n" + "elif a: pass\n" * 1000, "<s>", "exec")
print("1000 elifs compiled")

try:
    exec("x = " + "(1, " * 50 + "1" + ")" * 50 + "[0]" * 2950)
except RecursionError as e:
    print("exec", e)
exec("x = " + "(1, " * 50 + "1" + ")" * 50 + "[1]" * 50)
print(x)

# A lower limit lowers the compiler's.
sys.setrecursionlimit(200)
try:
    compile("a" + "()" * 700, "<s>", "eval")
except RecursionError as e:
    print(200, e)
compile("a" + "()" * 400, "<s>", "eval")
print("400 calls compiled")
