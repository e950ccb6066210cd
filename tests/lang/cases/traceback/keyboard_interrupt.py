def wait():
    raise KeyboardInterrupt

wait()
