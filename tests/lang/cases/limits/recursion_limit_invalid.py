import sys
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(bad, e)
try:
    sys.setrecursionlimit("100")
except TypeError:
    print("TypeError for a str")
