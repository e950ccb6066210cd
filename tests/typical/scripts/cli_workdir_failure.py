"""A build step that works inside a temporary directory and fails there: the traceback must still show source lines."""
import os
import tempfile
import traceback


class BuildError(Exception):
    pass


def build(workdir):
    os.chdir(workdir)
    with open("openssl.cnf", "w") as f:
        f.write("[req]\nprompt = no\n")
    if not os.path.exists("ca.pem"):
        raise BuildError("ca.pem missing in the work directory")


start = os.getcwd()
tmp = tempfile.mkdtemp()
try:
    build(tmp)
except BuildError:
    print("caught, formatted:")
    print(traceback.format_exc().replace(tmp, "<tmp>"), end="")
finally:
    os.chdir(start)
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)
os.chdir(tempfile.gettempdir())
build(os.getcwd())
