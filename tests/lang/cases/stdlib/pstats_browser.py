# python -m pstats FILE: the statistics browser's commands, over a
# profile with fixed figures, fed on standard input.
import os
import pstats
import subprocess
import sys
import tempfile


class FixedProfile:
    """A profile whose figures do not depend on the machine."""

    def create_stats(self):
        a = ("/src/a.py", 1, "main")
        b = ("/src/b.py", 10, "helper")
        c = ("~", 0, "<built-in method builtins.len>")
        self.stats = {
            a: (1, 1, 0.5, 2.0, {}),
            b: (3, 4, 1.25, 1.5, {a: 4}),
            c: (7, 7, 0.25, 0.25, {b: 7}),
        }


def browse(commands, *args, cwd):
    proc = subprocess.run([sys.executable, "-m", "pstats"] + list(args),
                          input=commands.encode(), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, cwd=cwd, timeout=60,
                          env=dict(os.environ, TZ="UTC"))
    print("exit", proc.returncode, "stderr", repr(proc.stderr.decode()))
    print(proc.stdout.decode())


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "fixed.prof")
    pstats.Stats(FixedProfile()).dump_stats(path)
    os.utime(path, (1000000000, 1000000000))  # the report shows it
    browse("stats\nsort\nread\nread nosuch.prof\nhelp sort\nhelp stats\nquit\n", cwd=d)
    browse("sort\nsort calls nosuchkey\nsort tottime\nstats\nreverse\nstats 2\n"
           "strip\nstats helper\ncallers\ncallees\nstats 1.5\nread\nadd fixed.prof\n"
           "sort ncalls\nstats\nhelp\n", "fixed.prof", cwd=d)
