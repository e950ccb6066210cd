# What a finished thread stored in a local is gone with it; a new thread
# starts with a fresh namespace and runs the subclass's __init__ again.
import threading

class Tagged(threading.local):
    inits = 0
    def __init__(self, tag):
        Tagged.inits += 1
        self.tag = tag

loc = Tagged("t")
box = threading.local()

def first():
    box.x = 1
    loc.extra = "first"

def second(out):
    out.append((hasattr(box, "x"), loc.tag, hasattr(loc, "extra")))

t = threading.Thread(target=first)
t.start(); t.join(5)
out = []
t = threading.Thread(target=second, args=(out,))
t.start(); t.join(5)
print(out, Tagged.inits, hasattr(box, "x"), hasattr(loc, "extra"), loc.tag)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

class NoInit(threading.local):
    pass

try:
    NoInit(1, k=2)
except TypeError as e:
    print("TypeError:", e)
