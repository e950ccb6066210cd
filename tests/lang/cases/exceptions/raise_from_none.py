try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("no key") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
