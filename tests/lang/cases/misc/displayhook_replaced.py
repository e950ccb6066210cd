# A replaced sys.displayhook receives single-mode expression values.
import sys
exec(compile("1 + 1", "<s>", "single"))
def hook(v):
    print("hook got", repr(v))
sys.displayhook = hook
exec(compile("2 + 2", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("3 + 3", "<s>", "single"))
import builtins; print(builtins._)
del sys.displayhook
try:
    exec(compile("4", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError", e)
