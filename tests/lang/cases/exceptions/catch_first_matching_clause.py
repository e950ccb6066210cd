try:
    raise FileNotFoundError(2, "gone")
except OSError as e:
    print("OSError clause:", type(e).__name__)
except FileNotFoundError:
    print("never reached")
