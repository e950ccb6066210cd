def f():
    return 1
values = [f() for i in range(2)];              raise ValueError("after spaces")
