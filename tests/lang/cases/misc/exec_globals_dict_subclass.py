# exec()/eval() with a dict subclass as globals: module-level names read and
# stored through its __getitem__/__missing__/__setitem__, and functions
# made there read their globals through them (3.6's LOAD_GLOBAL slow path).
class G(dict):
    def __missing__(self, key):
        print("missing", key)
        if key == "print":
            raise KeyError(key)
        return 42
def run(src, *ns):
    try:
        exec(src, *ns)
    except Exception as e:
        print(type(e).__name__, e)
g = G()
run("print(x)", g)
run("y = x + 1; print(y)", g)
print(sorted(k for k in g if k != '__builtins__'))
run("def f(): return w\nprint(f())", G())
run("def f(): return len\nprint(f())", G())
run("print(nope)", G(), {})
run("print(nope2)", {}, G())
class H(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return dict.__getitem__(self, k)
h = H(a=1)
run("print(a)", h)
run("def f(): return a\nprint(f())", h)
run("print(a)", {}, H(a=5))
class S(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        dict.__setitem__(self, k, v)
s = S()
run("z = 3; print(z)", s)
run("z = 3; print(z)", {}, S())
run("global q\nq = 4", s)
print(eval("x", G()))
print(eval("x", {}, G()))
try:
    eval("x", G(), {})
except NameError as e:
    print("NameError", e)
