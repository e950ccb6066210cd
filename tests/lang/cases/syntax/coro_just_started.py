async def job():
    return 'result'

c = job()
try:
    c.send('not none')
except TypeError as exc:
    print(exc)
try:
    c.send(None)
except StopIteration as stop:
    print('returned', stop.value)
c2 = job()
c2.close()
print('closed before start')
