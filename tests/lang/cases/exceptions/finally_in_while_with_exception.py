n = 0
while True:
    try:
        n += 1
        if n == 3:
            raise StopIteration("stop")
    except StopIteration as e:
        print("stopped at", n, e)
        break
    finally:
        print("finally", n)
