import os, sys, tempfile, shutil
root = tempfile.mkdtemp()
def write(path, text):
    with open(os.path.join(root, path), "w") as f:
        f.write(text)
os.mkdir(os.path.join(root, "pkgq"))
write("modq.py", "P = __package__\ntry:\n    from . import zz\nexcept ImportError as e:\n    E = type(e).__name__ + ': ' + str(e)\n")
write("pkgq/__init__.py", "P = __package__\n")
write("pkgq/other.py", "X = 1\n")
write("pkgq/sub.py", "P = __package__\nfrom . import other\nfrom .other import X\n")
sys.path.insert(0, root)
try:
    print("main", repr(__package__), __name__)
    import modq
    print("modq", repr(modq.P), repr(modq.__package__), modq.E)
    import pkgq.sub
    print("pkgq", repr(pkgq.P), repr(pkgq.__package__))
    print("sub", repr(pkgq.sub.P), repr(pkgq.sub.__package__), pkgq.sub.X, repr(pkgq.other.__package__))
    import json, os.path
    print(repr(json.__package__), repr(os.__package__))
finally:
    shutil.rmtree(root)
