async def once():
    return 'done'

c = once()
try:
    c.send(None)
except StopIteration as stop:
    print('first run', stop.value)
for attempt in ('send', 'throw', 'close'):
    try:
        if attempt == 'send':
            c.send(None)
        elif attempt == 'throw':
            c.throw(ValueError('late'))
        else:
            print('close ->', c.close())
    except Exception as exc:
        print(attempt, type(exc).__name__, exc)
