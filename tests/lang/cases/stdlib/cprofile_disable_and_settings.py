# cProfile counts its own disable() as a call of a C method, and enable()'s
# defaults keep the settings the profiler was made with.
import cProfile, pstats, io
def f(): return len([1])
pr = cProfile.Profile(builtins=False); pr.enable(); f(); pr.disable()
pr2 = cProfile.Profile(); pr2.disable()
pr3 = cProfile.Profile(); pr3.enable(); f(); pr3.disable(); pr3.enable(); f(); pr3.disable()
for p in (pr, pr2, pr3):
    s = io.StringIO(); pstats.Stats(p, stream=s).sort_stats('name').print_stats() if p is not pr2 else None
    print([l.split(None, 5)[::5] for l in s.getvalue().splitlines() if '{' in l or '(f)' in l])
    s = io.StringIO(); pstats.Stats(p, stream=s).sort_stats('name').print_callers() if p is pr3 else None
    print([l.strip() for l in s.getvalue().splitlines() if 'disable' in l])
pr4 = cProfile.Profile(builtins=False); pr4.enable(builtins=True); f(); pr4.disable()
s = io.StringIO(); pstats.Stats(pr4, stream=s).sort_stats('name').print_stats()
print([l.split(None, 5)[::5] for l in s.getvalue().splitlines() if '{' in l or '(f)' in l])
