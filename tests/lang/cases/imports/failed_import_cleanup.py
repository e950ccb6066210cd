# A module whose body raises is taken out of sys.modules (and not bound
# on its package); importing it again runs it again.
import sys
import tree

tree.make({'brokenpkg/__init__.py': '', 'brokenpkg/bad.py': 'import builtins\nbuiltins.TRIES = getattr(builtins, "TRIES", 0) + 1\nraise ValueError("body failed %d" % TRIES)\n',
           'halfway.py': 'FIRST = 1\nimport sys\nprint("inside:", "halfway" in sys.modules)\n1 / 0\n'})
for attempt in range(2):
    try:
        import brokenpkg.bad
    except ValueError as e:
        print(attempt, e, 'brokenpkg.bad' in sys.modules, hasattr(sys.modules['brokenpkg'], 'bad'))
try:
    import halfway
except ZeroDivisionError as e:
    print(type(e).__name__, 'halfway' in sys.modules)
