# Errors of list *= count.
def attempt(count):
    data = [1]
    try:
        data *= count
    except Exception as exc:
        print(type(exc).__name__, exc)
    else:
        print('ok', len(data))

attempt('2')
attempt(2.0)
attempt(None)
attempt(2 ** 100)
attempt(2 ** 62)
