# A scandir iterator dropped before it is exhausted or closed warns
# "unclosed scandir iterator <repr>" (ResourceWarning), at the line of the
# drop; an exhausted, closed or with-exited one does not. A failing
# warning is reported as "Exception ignored in".
import gc, os, re, sys, tempfile, warnings

d = tempfile.mkdtemp()
for n in ("a", "b"):
    open(os.path.join(d, n), "w").close()

def show(message, category, filename, lineno, file=None, line=None):
    print("%s line %d: %s" % (category.__name__, lineno,
                              re.sub("0x[0-9a-f]+", "ADDR", str(message))))

warnings.showwarning = show
warnings.simplefilter("always")

it = os.scandir(d)
next(it)
# (the collection on the same line: the drop alone does not always find
# the iterator at once when the machine is busy)
del it; gc.collect()
print("dropped after next")

it = os.scandir(d)
list(it)
del it
gc.collect()
print("exhausted")

it = os.scandir(d)
next(it)
it.close()
it.close()
del it
gc.collect()
print("closed")

with os.scandir(d) as it:
    next(it)
del it
gc.collect()
print("with")

try:
    with os.scandir(d) as it:
        next(it)
        1 / 0
except ZeroDivisionError:
    pass
del it
gc.collect()
print("with and exception")

def scan():
    it = os.scandir(d)
    next(it)

# (one line: the drop at the return is not always found before the
# collection here)
scan(); gc.collect()
print("function")

class Scrubbed:
    def write(self, text):
        sys.stdout.write(re.sub("0x[0-9a-f]+", "ADDR", text))

sys.stderr = Scrubbed()
warnings.simplefilter("error")
it = os.scandir(d)
next(it)
del it
gc.collect()
sys.stderr = sys.__stderr__
print("error filter")

for n in ("a", "b"):
    os.remove(os.path.join(d, n))
os.rmdir(d)
