# Library modules run as scripts (python -m NAME): what each prints.
import os
import subprocess
import sys

env = dict(os.environ)
for name in ("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE"):
    env.pop(name, None)
env["LANG"] = "C"
for module in ("textwrap", "heapq", "locale"):
    done = subprocess.run([sys.executable, "-m", module], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          timeout=60)
    print("==", module, done.returncode)
    print(done.stdout.decode())
