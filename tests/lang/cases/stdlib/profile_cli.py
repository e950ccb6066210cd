# python -m profile / -m cProfile: option help, usage errors, and a
# script run with -o (its own options left to it).
import os
import subprocess
import sys
import tempfile


def run(*args, cwd=None):
    proc = subprocess.run([sys.executable, "-m"] + list(args),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=cwd, timeout=60)
    print("exit", proc.returncode)
    print("stdout", proc.stdout.decode(), sep="\n", end="")
    print("stderr", proc.stderr.decode(), sep="\n", end="")


with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "prog.py"), "w") as f:
        f.write("import sys\nprint(sum(range(10)), sys.argv)\n")
    for mod in ("profile", "cProfile"):
        run(mod, "-h")
        run(mod)
        run(mod, "-x")
        run(mod, "-s")
        run(mod, "-o", "out.prof", "prog.py", "-b", "c", cwd=d)
        print(os.path.getsize(os.path.join(d, "out.prof")) > 0)
