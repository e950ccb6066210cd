# A module whose body raises is not left in sys.modules: importing it
# again runs it again (also a package's submodule and `from m import x`);
# a module deleted from sys.modules is imported anew.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
sys.path.insert(0, d)
with open(os.path.join(d, "badmod.py"), "w") as f:
    f.write("import builtins\nbuiltins.bad_runs = getattr(builtins, 'bad_runs', 0) + 1\nraise ValueError('boom %d' % bad_runs)\n")
os.mkdir(os.path.join(d, "badpkg"))
with open(os.path.join(d, "badpkg", "__init__.py"), "w") as f:
    f.write("OK = 1\n")
with open(os.path.join(d, "badpkg", "sub.py"), "w") as f:
    f.write("1/0\n")
with open(os.path.join(d, "counted.py"), "w") as f:
    f.write("import builtins\nbuiltins.counted_runs = getattr(builtins, 'counted_runs', 0) + 1\nN = counted_runs\n")

for i in range(2):
    try:
        import badmod
        print("imported")
    except ValueError as e:
        print("ValueError", e, "badmod" in sys.modules)
try:
    from badmod import X
except ValueError as e:
    print("from:", e)
for i in range(2):
    try:
        import badpkg.sub
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, "badpkg" in sys.modules, "badpkg.sub" in sys.modules)
import counted
print(counted.N)
import counted
print(counted.N)
del sys.modules["counted"]
import counted
print(counted.N, sys.modules["counted"] is counted)
