# os._execvpe, the search behind execvp/execvpe: which execv/execve call
# it makes (the module's own, looked up at the call), with which path.
import errno
import os

calls = []


def fake_execv(name, *args):
    calls.append(("execv", name, args))
    raise RuntimeError("execv called")


def fake_execve(name, *args):
    calls.append(("execve", name, args))
    raise OSError(errno.ENOTDIR, "execve called")


saved = os.execv, os.execve, os.defpath
os.execv, os.execve = fake_execv, fake_execve
try:
    for file, env, defpath in [("/abs/prog", None, None),
                               ("prog", {"spam": "beans"}, "/d1:/d2"),
                               ("prog", {"PATH": "/p"}, None)]:
        del calls[:]
        if defpath is not None:
            os.defpath = defpath
        try:
            if env is None:
                os._execvpe(file, ["prog", "a"])
            else:
                os._execvpe(file, ["prog", "a"], env=env)
        except Exception as e:
            print(type(e).__name__, e)
        print(calls)
finally:
    os.execv, os.execve, os.defpath = saved
print(os.execv is saved[0])
