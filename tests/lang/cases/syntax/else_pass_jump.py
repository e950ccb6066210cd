# An else clause that compiles to nothing keeps 3.6's JUMP_FORWARD 0 after
# the if body (threaded to a loop's back edge, and jumps into it threaded
# through it); an if without else has none. dis and settrace line events.
import dis, sys
def a1(a):
    if a:
        return 1
    else:
        pass
def a2(a):
    for i in a:
        if i:
            x = 1
        else:
            pass
def a3(a, b):
    if a:
        if b:
            x = 1
    else:
        pass
    if a:
        if b:
            x = 1
        else:
            ...
    y = 0
def a5(a):
    try:
        if a:
            x = 1
        else:
            'str'
    except Exception:
        if a:
            pass
        else:
            pass
    while a:
        if a: break
        else: pass
def a6(a):
    x = a
    if a: y = 1
    else: pass
    return x if a else y
class C:
    if len(sys.argv) > 5:
        z = 1
    else:
        pass
for f in (a1, a2, a3, a5, a6):
    dis.dis(f)
print(C.__dict__.get('z'))
def tr(frame, ev, arg):
    if frame.f_code.co_name.startswith('a'): print(frame.f_code.co_name, ev, frame.f_lineno)
    return tr
sys.settrace(tr)
a1(0); a2([0, 1]); a3(1, 0); a3(0, 1); a5(1); a5(0); a6([1])
sys.settrace(None)
