# python -m pydoc: the usage text (no argument, a bad option, -k with
# no keyword), a path that does not exist, a source file's documentation.
import os
import subprocess
import sys
import tempfile


def pydoc(*args, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "pydoc"] + list(args),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=cwd, timeout=60)
    out = proc.stdout.decode()
    print("exit", proc.returncode, "stderr", repr(proc.stderr.decode()))
    return out


usage = pydoc()
print(usage)
print(pydoc("-x") == usage, pydoc("-k") == usage)
print(pydoc("." + os.sep + "no_such_file.py"), end="")
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "docmod.py"), "w") as f:
        f.write('"""A module for pydoc."""\n\n'
                'def twice(x):\n    "Return x twice."\n    return x * 2\n')
    print(pydoc("." + os.sep + "docmod.py", cwd=d).replace(d, "DIR"), end="")
