def which():
    print("evaluating except expression")
    return ValueError
try:
    print("no exception")
except which():
    pass
try:
    raise ValueError
except which():
    print("caught")
