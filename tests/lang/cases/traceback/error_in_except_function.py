def report(e):
    print("reporting", e)
    return e.missing_attribute

try:
    {}["key"]
except KeyError as e:
    report(e)
