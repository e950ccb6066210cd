# gc.is_tracked of a dict after collections: tuples holding only atoms do
# not make it tracked; a mutable value anywhere inside does.
import gc
x, y, z = 1.5, "a", (1, None)
for d in [{x: (), y: x, z: 1}, {1: 2, (None, True, False, ()): int},
          {1: ([],)}, {(1, (2, (3,))): 0}, {0: (1, (2, ([],)))}, {1: {}}]:
    gc.collect()
    gc.collect()
    print(gc.is_tracked(d))
