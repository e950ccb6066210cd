def inner():
    raise ValueError("x")
try:
    inner()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None)
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
