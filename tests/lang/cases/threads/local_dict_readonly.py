# A local's __dict__ is the calling thread's namespace: readable, but not
# assignable or deletable, on _thread._local and on subclasses.
import threading, _thread

class Sub(threading.local):
    pass

for obj in (threading.local(), Sub(), _thread._local()):
    obj.x = 5
    print(type(obj).__name__, obj.__dict__)
    for action in ("assign", "delete"):
        try:
            if action == "assign":
                obj.__dict__ = {}
            else:
                del obj.__dict__
        except AttributeError as e:
            print(" ", action, "AttributeError:", e)
    obj.__dict__["y"] = 6
    print(" ", obj.y, sorted(obj.__dict__))
