# __del__ that stores self again: it is not called a second time.
saved = []

class Phoenix:
    calls = 0
    def __del__(self):
        Phoenix.calls += 1
        print("__del__ call", Phoenix.calls)
        saved.append(self)

p = Phoenix()
del p
print("saved", len(saved))
p = saved.pop()
print("got it back", type(p).__name__)
del p
print("calls", Phoenix.calls)
