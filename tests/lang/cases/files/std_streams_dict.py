# The standard streams' instance dict holds the mode open() stores there;
# they cannot be pickled.
import pickle
import sys

print(sys.stdout.__dict__, sys.stderr.__dict__, sys.stdin.__dict__)
print(vars(sys.stdout))
print('mode' in dir(sys.stdout), '__dict__' in dir(sys.stdout))
for stream in (sys.stdout, sys.stdin):
    try:
        pickle.dumps(stream)
    except TypeError as e:
        print('TypeError', e)
