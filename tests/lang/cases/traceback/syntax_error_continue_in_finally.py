for i in range(3):
    try:
        pass
    finally:
        continue
