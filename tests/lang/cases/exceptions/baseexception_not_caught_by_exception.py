for exc in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught")
    except BaseException as e:
        print(type(e).__name__, "escaped except Exception")
