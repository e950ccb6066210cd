# classmethod and staticmethod objects keep attributes in a __dict__.
def double(x):
    return 2 * x


for wrap in (classmethod, staticmethod):
    w = wrap(double)
    print(wrap.__name__, w.__dict__, w.__func__ is double)
    w.note = "kept"
    w.count = 3
    print(sorted(w.__dict__.items()), w.note)
    del w.note
    print(w.__dict__, hasattr(w, "note"))
    try:
        w.missing
    except AttributeError as e:
        print("AttributeError", e)
