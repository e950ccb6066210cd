try:
    raise ValueError
except ValueError as e:
    print("class:", e.args, repr(e))
try:
    raise ValueError()
except ValueError as e:
    print("instance:", e.args, repr(e))
